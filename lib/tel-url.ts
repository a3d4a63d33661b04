/** `tel:` link of a written phone number: "+49 531 1218-0" → "tel:+4953112180". */
export function telUrl(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, "")}`;
}
