/** One problem with the input data: the dotted path of the field and a human sentence naming it. */
export interface ValidationIssue {
  path: string;
  message: string;
}
