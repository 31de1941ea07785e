/** Runs the term checker over one text and returns the vfile with its messages. */
import { unified } from 'unified';
import { VFile } from 'vfile';
import retextKazlex from '../../structure/nlcst/index.js';
import retextKazlexCheck from './plugin.js';
import type { TermRules } from './rules.js';

export interface CheckTextOptions {
  rules: TermRules;
  /** Shown in messages; also the vfile's path. */
  path?: string | undefined;
  lang?: 'kk' | 'ru' | undefined;
  lookalikes?: boolean | undefined;
}

export async function checkText(text: string, options: CheckTextOptions): Promise<VFile> {
  const file = new VFile({ value: text, path: options.path });
  if (options.lang !== undefined) file.data['lang'] = options.lang;
  const processor = unified()
    .use(retextKazlex, { lang: options.lang })
    .use(retextKazlexCheck, { rules: options.rules, lookalikes: options.lookalikes })
    .use(function () {
      // The tree is only inspected; the compiler returns the text unchanged.
      this.compiler = () => text;
    });
  return processor.process(file);
}
