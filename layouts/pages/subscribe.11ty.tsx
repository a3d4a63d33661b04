import { absoluteUrl } from "../../lib/site/site-url.ts";
import { atomUrl, feedAnchor, jsonFeedUrl, SUBSCRIBE_URL, type FeedDefinition } from "../../lib/site/feeds.ts";
import { BaseLayout } from "../components/BaseLayout.tsx";
import type { PageData } from "../page-data.ts";

export const data = { permalink: SUBSCRIBE_URL };

/** One feed with both addresses as selectable text: copying needs no script. */
function FeedEntry({ feed, origin }: { feed: FeedDefinition; origin: string }) {
  const id = feedAnchor(feed);
  return (
    <li id={id}>
      <h3>{feed.label}</h3>
      <dl>
        <div>
          <dt>Atom-Feed – für die meisten Feedreader</dt>
          <dd>
            <code>{absoluteUrl(origin, atomUrl(feed))}</code>
          </dd>
        </div>
        <div>
          <dt>JSON Feed</dt>
          <dd>
            <code>{absoluteUrl(origin, jsonFeedUrl(feed))}</code>
          </dd>
        </div>
      </dl>
    </li>
  );
}

function FeedGroup({ heading, feeds, origin }: { heading: string; feeds: FeedDefinition[]; origin: string }) {
  if (feeds.length === 0) return null;
  return (
    <section aria-labelledby={`gruppe-${feeds[0]!.kind}`}>
      <h2 id={`gruppe-${feeds[0]!.kind}`}>{heading}</h2>
      <ul class="feed-list" role="list">
        {feeds.map((feed) => (
          <FeedEntry key={feed.path} feed={feed} origin={origin} />
        ))}
      </ul>
    </section>
  );
}

/** /abonnieren/: what a feed is, and every feed of the site with its address to copy. */
export function render({ site }: PageData) {
  const origin = site.settings.url;
  const ofKind = (kind: FeedDefinition["kind"]) => site.feeds.filter((feed) => feed.kind === kind);
  return (
    <BaseLayout
      site={site}
      title="Nachrichten abonnieren"
      description="Alle Feeds der Nachrichten aus der Region: die ganze Seite, jede Region und jedes Thema, zum Abonnieren im Feedreader."
      path={SUBSCRIBE_URL}
    >
      <h1>Nachrichten abonnieren</h1>
      <p>
        Mit einem Feed erfahren Sie von neuen Nachrichten, ohne diese Seite zu besuchen: Ein Feedreader – eine App oder ein Programm, oft auch
        das E-Mail-Programm – fragt den Feed regelmäßig ab und zeigt Ihnen jeden neuen Beitrag. Kopieren Sie dazu die Adresse eines Feeds
        unten und fügen Sie sie in Ihrem Feedreader als neues Abonnement ein.
      </p>
      <FeedGroup heading="Die ganze Seite" feeds={ofKind("site")} origin={origin} />
      <FeedGroup heading="Nach Region" feeds={ofKind("region")} origin={origin} />
      <FeedGroup heading="Nach Thema" feeds={ofKind("topic")} origin={origin} />
    </BaseLayout>
  );
}
