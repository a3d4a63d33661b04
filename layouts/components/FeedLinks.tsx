import { atomUrl, jsonFeedUrl, type FeedDefinition } from "../../lib/feeds.ts";

/** A visible way to subscribe to a list: its Atom feed, and JSON Feed for readers that prefer it. */
export function FeedLinks({ feed }: { feed: FeedDefinition | undefined }) {
  if (!feed) return null;
  return (
    <p class="feed-links">
      <a href={atomUrl(feed)} type="application/atom+xml">
        Abonnieren
      </a>{" "}
      <span class="feed-links__alt">
        (Atom-Feed; auch als <a href={jsonFeedUrl(feed)} type="application/feed+json">JSON Feed</a>)
      </span>
    </p>
  );
}
