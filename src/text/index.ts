export * from './normalize/index.js';
export { type Edit, OffsetMap, type Range, type RangeMapper, StepMap } from './offset-map.js';
