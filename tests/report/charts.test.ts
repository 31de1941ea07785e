import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../../src/report/svg/bar-chart.js';
import { NodeKind, renderNetwork } from '../../src/report/svg/network.js';
import { unbalancedTags } from './markup-check.js';

describe('renderBarChart', () => {
  const svg = renderBarChart({
    title: 'Most-cited <acts>',
    bars: [
      { label: 'Constitution 1995', value: 7, href: 'acts.html#a' },
      { label: 'Заң № 148-II & "басқару"', value: 3 },
    ],
  });

  it('should be well-formed SVG with one group per bar', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(unbalancedTags(svg)).toEqual([]);
    expect(svg.match(/<g class="bar"/gu)).toHaveLength(2);
    expect(svg.match(/<rect /gu)).toHaveLength(2);
  });

  it('should carry each label and value, escaped', () => {
    expect(svg).toContain('data-label="Constitution 1995" data-value="7"');
    expect(svg).toContain('>Заң № 148-II &amp; &quot;басқару&quot;</text>');
    expect(svg).toContain('Most-cited &lt;acts&gt;');
    expect(svg).toContain('<a href="acts.html#a">');
  });

  it('should scale bars to the largest value', () => {
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/gu)].map((m) => Number(m[1]));
    expect(widths[0]).toBeGreaterThan(widths[1] as number);
    expect((widths[1] as number) / (widths[0] as number)).toBeCloseTo(3 / 7, 1);
  });

  it('should say so when there is no data', () => {
    const empty = renderBarChart({ title: 'Nothing', bars: [] });
    expect(empty).toContain('no data');
    expect(unbalancedTags(empty)).toEqual([]);
  });
});

describe('renderNetwork', () => {
  const svg = renderNetwork({
    title: 'Network',
    nodes: [
      { id: 'act:c', label: 'Constitution 1995', kind: NodeKind.ACT, weight: 3 },
      { id: 'd1', label: 'ұлгі.md', kind: NodeKind.DOCUMENT, weight: 2, href: 'docs/d1.html' },
      { id: 'd2', label: 'b.txt', kind: NodeKind.DOCUMENT, weight: 1 },
    ],
    edges: [
      { from: 'd1', to: 'act:c', count: 2 },
      { from: 'd2', to: 'act:c', count: 1 },
      { from: 'd2', to: 'missing', count: 1 },
    ],
  });

  it('should draw one shape per node and one path per edge between known nodes', () => {
    expect(unbalancedTags(svg)).toEqual([]);
    expect(svg.match(/<g class="node /gu)).toHaveLength(3);
    expect(svg.match(/<path class="edge"/gu)).toHaveLength(2);
    expect(svg).toContain('data-from="d1" data-to="act:c" data-count="2"');
    expect(svg).toContain('>ұлгі.md</text>');
    expect(svg).toContain('<a href="docs/d1.html">');
  });

  it('should place nodes deterministically', () => {
    const again = renderNetwork({
      title: 'Network',
      nodes: [
        { id: 'act:c', label: 'Constitution 1995', kind: NodeKind.ACT, weight: 3 },
        { id: 'd1', label: 'ұлгі.md', kind: NodeKind.DOCUMENT, weight: 2, href: 'docs/d1.html' },
        { id: 'd2', label: 'b.txt', kind: NodeKind.DOCUMENT, weight: 1 },
      ],
      edges: [
        { from: 'd1', to: 'act:c', count: 2 },
        { from: 'd2', to: 'act:c', count: 1 },
        { from: 'd2', to: 'missing', count: 1 },
      ],
    });
    expect(again).toBe(svg);
  });
});
