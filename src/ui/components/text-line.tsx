import { Text } from 'ink';
import { sanitizeField } from '../../api/text.js';
import type { TextState } from '../input/text-editing.js';

/**
 * A one-line value with its cursor shown as an inverse cell while focused. The value may come
 * from the store (a contact's name being edited): what could steer the terminal or hide shows
 * as one visible character each, so the cursor still counts right.
 */
export function TextLine({ state, focused, placeholder, mask }: { state: TextState; focused: boolean; placeholder?: string; mask?: boolean }) {
  const value = mask ? '•'.repeat(state.value.length) : sanitizeField(state.value);
  if (!focused) return <Text wrap="truncate-start">{value || (placeholder ? <Text dimColor>{placeholder}</Text> : '')}</Text>;
  const at = value[state.cursor] ?? ' ';
  return (
    <Text wrap="truncate-start">
      {value.slice(0, state.cursor)}
      <Text inverse>{at}</Text>
      {value.slice(state.cursor + 1)}
    </Text>
  );
}
