import type { Contact } from "../../lib/contacts.ts";
import { telUrl } from "../../lib/tel-url.ts";

/** The "Pressekontakt" box under an article: who answers journalists' questions, with links to call or write. */
export function PressContacts({ contacts }: { contacts: readonly Contact[] }) {
  if (contacts.length === 0) return null;
  return (
    <aside class="press-contact" aria-labelledby="pressekontakt" data-pagefind-ignore>
      <h2 id="pressekontakt" class="press-contact__heading">
        Pressekontakt
      </h2>
      {contacts.map((contact) => (
        <address key={contact.key} class="press-contact__entry">
          <strong>{contact.name}</strong>
          <br />
          {contact.role ? `${contact.role}, ${contact.organisation}` : contact.organisation}
          {contact.phone && (
            <>
              <br />
              Telefon: <a href={telUrl(contact.phone)}>{contact.phone}</a>
            </>
          )}
          {contact.email && (
            <>
              <br />
              E-Mail: <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </>
          )}
        </address>
      ))}
    </aside>
  );
}
