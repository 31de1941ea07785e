import type { Root } from 'nlcst';
import type { Plugin, Processor } from 'unified';
import type { SplitOptions } from '../sentences/split.js';
import { parseNlcst } from './parse.js';

export interface RetextKazlexOptions extends SplitOptions {}

/**
 * unified parser plugin: parses Kazakh and Russian text into nlcst with the
 * kazlex sentence splitter, so any retext plugin runs on it. Use it alone
 * (`unified().use(retextKazlex)`) or in place of retext-latin
 * (`retext().use(retextKazlex)`). A file's `data.lang` (`'kk'`/`'ru'`), when
 * set, overrides `options.lang`.
 */
const retextKazlex: Plugin<[(RetextKazlexOptions | null | undefined)?], string, Root> = function (
  this: Processor,
  options,
) {
  const self = this as unknown as Processor<Root>;
  self.parser = (document, file) => {
    const fromFile = file.data['lang'];
    const lang = fromFile === 'kk' || fromFile === 'ru' ? fromFile : options?.lang;
    return parseNlcst(document, { lang });
  };
};

export default retextKazlex;
