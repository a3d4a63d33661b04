import { atomUrl, feedAnchor, SUBSCRIBE_URL, type FeedDefinition } from "../../lib/site/feeds.ts";

/** A visible way to subscribe to a list: how, on /abonnieren/, and this list's feed itself. */
export function FeedLinks({ feed }: { feed: FeedDefinition | undefined }) {
  if (!feed) return null;
  return (
    <p class="feed-links">
      <a href={`${SUBSCRIBE_URL}#${feedAnchor(feed)}`}>Abonnieren</a>{" "}
      <span class="feed-links__alt">
        (<a href={atomUrl(feed)} type="application/atom+xml">Feed dieser Liste</a>)
      </span>
    </p>
  );
}
