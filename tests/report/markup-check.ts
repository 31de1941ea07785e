/**
 * A tiny well-formedness check for the report's HTML and SVG: every tag that
 * opens is closed in order (HTML void elements excepted), and the text
 * between tags, once unescaped, can be compared with the source.
 */
const VOID = new Set(['meta', 'br', 'hr', 'img', 'input', 'link']);

export function unbalancedTags(markup: string, options: { html?: boolean } = {}): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = markup.replace(/<!DOCTYPE[^>]*>/iu, '').replace(/<script>[\s\S]*?<\/script>/gu, '');
  for (const match of body.matchAll(
    /<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/gu,
  )) {
    const [, closing, rawName, , selfClosing] = match;
    const name = (rawName as string).toLowerCase();
    if (selfClosing || (options.html && VOID.has(name))) continue;
    if (closing) {
      const top = stack.pop();
      if (top !== name) problems.push(`</${name}> closes <${top ?? 'nothing'}>`);
    } else {
      stack.push(name);
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  // Bare < or & outside tags and entities means something was not escaped.
  const text = body.replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/gu, '');
  if (/<|&(?!(?:amp|lt|gt|quot|#39);)/u.test(text)) problems.push('unescaped < or & in text');
  return problems;
}

export function unescapeHtml(text: string): string {
  return text
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

export function stripTags(markup: string): string {
  return unescapeHtml(markup.replace(/<(?:[^>"']|"[^"]*"|'[^']*')*>/gu, ''));
}

/** Text of each element with the given class, tags inside removed. */
export function textsOfClass(html: string, className: string): string[] {
  const out: string[] = [];
  const open = new RegExp(
    `<(a|mark|span|dfn)\\b[^>]*class="[^"]*\\b${className}\\b[^"]*"[^>]*>`,
    'gu',
  );
  for (const match of html.matchAll(open)) {
    const tag = match[1] as string;
    let depth = 1;
    let cursor = (match.index ?? 0) + match[0].length;
    const start = cursor;
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gu');
    re.lastIndex = cursor;
    for (let m = re.exec(html); m; m = re.exec(html)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) {
        cursor = m.index;
        break;
      }
    }
    out.push(stripTags(html.slice(start, cursor)));
  }
  return out;
}

/** The marked-up source text of a document page. */
export function sourceBlock(html: string): string {
  const match = /<pre class="source"[^>]*>([\s\S]*?)<\/pre>/u.exec(html);
  if (!match) throw new Error('no source block');
  return match[1] as string;
}
