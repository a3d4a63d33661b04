import type { Contact } from "../../lib/content/contacts.ts";

/** `tel:` link of a written phone number: "+49 531 1218-0" → "tel:+4953112180". */
function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, "")}`;
}

/** The "Pressekontakt" box under an article: who answers journalists' questions, with links to call or write. */
export function PressContacts({ contacts }: { contacts: readonly Contact[] }) {
  if (contacts.length === 0) return null;
  return (
    <aside class="press-contact" aria-labelledby="pressekontakt">
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
