import type { Box, PlacedLine } from './compose.js';

/** Lines of one page, each row at a line index from the top of the text area. */
export type Page = PlacedLine[][];

const ORPHANS = 2;
const WIDOWS = 2;

/** How many rows of a box must share a page with the box before it (keep-with-next). */
function leadingRows(box: Box): number {
  return box.splittable ? Math.min(box.rows.length, ORPHANS) : box.rows.length;
}

/**
 * Rows per page with the same keep rules the DOCX asks of Word/LibreOffice: page-break-before,
 * keep-with-next chains, unsplittable table rows, and widow/orphan control of two lines.
 */
export function paginate(boxes: Box[], rowsPerPage: number): Page[] {
  const pages: Page[] = [[]];
  const current = () => pages[pages.length - 1]!;
  const newPage = () => {
    if (current().length > 0) pages.push([]);
  };
  boxes.forEach((box, index) => {
    if (box.pageBreakBefore) newPage();
    if (box.keepNext) {
      // The chain of keep-with-next boxes plus the start of the box that ends it.
      let need = 0;
      let j = index;
      while (j < boxes.length && boxes[j]!.keepNext) need += boxes[j++]!.rows.length;
      if (j < boxes.length && !boxes[j]!.pageBreakBefore) need += leadingRows(boxes[j]!);
      if (current().length + need > rowsPerPage && need <= rowsPerPage) newPage();
    }
    let rows = box.rows;
    while (rows.length > 0) {
      const free = rowsPerPage - current().length;
      if (rows.length <= free) {
        current().push(...rows);
        return;
      }
      let take = box.splittable ? free : 0;
      if (take < ORPHANS) take = 0;
      if (rows.length - take < WIDOWS) take = rows.length - WIDOWS;
      if (take < ORPHANS) take = 0;
      if (take === 0 && current().length === 0) take = Math.min(rows.length, rowsPerPage);
      current().push(...rows.slice(0, take));
      rows = rows.slice(take);
      pages.push([]);
    }
  });
  return pages.filter((page, index) => page.length > 0 || index === 0);
}
