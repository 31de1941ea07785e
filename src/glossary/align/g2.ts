/**
 * Dunning's log-likelihood ratio G² for a 2×2 contingency table of segments:
 * `both` hold x and y, `onlyX` hold x without y, `onlyY` y without x, `neither`
 * hold none. Unlike Dice it does not rank one-off words first, because a pair
 * seen once carries little evidence against independence.
 *
 * @example logLikelihood({both: 10, onlyX: 0, onlyY: 0, neither: 10}) // 27.73 (= 40 ln 2)
 */
export interface ContingencyTable {
  both: number;
  onlyX: number;
  onlyY: number;
  neither: number;
}

export function logLikelihood(table: ContingencyTable): number {
  const { both, onlyX, onlyY, neither } = table;
  const total = both + onlyX + onlyY + neither;
  if (total <= 0) return 0;
  const rowX = both + onlyX;
  const rowNotX = onlyY + neither;
  const colY = both + onlyY;
  const colNotY = onlyX + neither;
  const sum =
    term(both, (rowX * colY) / total) +
    term(onlyX, (rowX * colNotY) / total) +
    term(onlyY, (rowNotX * colY) / total) +
    term(neither, (rowNotX * colNotY) / total);
  // Rounding can make a perfectly independent table come out a hair below zero.
  return Math.max(0, 2 * sum);
}

/** G² signed by the direction of association: negative when x and y avoid each other. */
export function signedLogLikelihood(table: ContingencyTable): number {
  const total = table.both + table.onlyX + table.onlyY + table.neither;
  if (total <= 0) return 0;
  const expected = ((table.both + table.onlyX) * (table.both + table.onlyY)) / total;
  const g2 = logLikelihood(table);
  return table.both >= expected ? g2 : -g2;
}

function term(observed: number, expected: number): number {
  return observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0;
}
