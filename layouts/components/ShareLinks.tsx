/**
 * Ways to pass an article on, as plain links: nothing is loaded from the services until a
 * reader follows one, and nothing needs JavaScript. "Link kopieren" is the address itself in
 * a read-only field, which every browser lets a reader select and copy (README: Sharing).
 */
export function ShareLinks({ title, url }: { title: string; url: string }) {
  const text = encodeURIComponent(`${title} ${url}`);
  const links = [
    { label: "E-Mail", href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}` },
    { label: "WhatsApp", href: `https://wa.me/?text=${text}` },
    { label: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}` },
    { label: "Mastodon", href: `https://share.joinmastodon.org/?text=${text}` },
    { label: "Bluesky", href: `https://bsky.app/intent/compose?text=${text}` },
  ];
  return (
    <section class="share" aria-labelledby="teilen">
      <h2 id="teilen" class="share__heading">
        Artikel teilen
      </h2>
      <ul class="share__links" role="list">
        {links.map((link) => (
          <li key={link.label}>
            <a href={link.href} rel="noopener noreferrer">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <p class="share__copy">
        <label for="artikel-adresse">Link kopieren:</label>{" "}
        <input id="artikel-adresse" type="url" readonly value={url} />
      </p>
    </section>
  );
}
