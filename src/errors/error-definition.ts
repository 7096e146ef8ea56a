// Shape of one catalogue entry. Each area keeps its codes in codes/<area>.ts; catalogue.ts joins them.
export interface ErrorDefinition {
  /** Message template; `{{name}}` is filled from the error's details. */
  readonly message: string;
  /** HTTP status when the error can reach the REST API; 500 otherwise. */
  readonly status?: number;
}

export type ErrorTable = Readonly<Record<`ERR_${string}`, ErrorDefinition>>;

export function defineErrors<const T extends ErrorTable>(table: T): T {
  return table;
}
