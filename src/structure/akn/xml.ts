/**
 * The few XML helpers the Akoma Ntoso writer needs: escaping, dropping the
 * characters XML 1.0 forbids (so any input yields well-formed XML), and a tiny
 * element builder.
 */

/** Removes characters XML 1.0 does not allow, including lone surrogates. */
export function xmlSafe(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}

export function escapeText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export type Attributes = Record<string, string | undefined>;

/** `<name a="1">children</name>`, or `<name a="1"/>` when there are no children. */
export function element(name: string, attributes: Attributes, children: string[] = []): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
    .join('');
  if (children.length === 0) return `<${name}${attrs}/>`;
  return `<${name}${attrs}>${children.join('')}</${name}>`;
}
