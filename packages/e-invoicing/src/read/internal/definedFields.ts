/** A copy of `fields` without the keys whose value is `undefined`. */
export function definedFields<Fields extends object>(fields: Fields): Fields {
  const defined: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== undefined) defined[key] = value;
  }
  return defined as Fields;
}
