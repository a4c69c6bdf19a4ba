import { Text } from 'ink';
import type { TextState } from '../input/text-editing.js';

/** A one-line value with its cursor shown as an inverse cell while focused. */
export function TextLine({ state, focused, placeholder, mask }: { state: TextState; focused: boolean; placeholder?: string; mask?: boolean }) {
  const value = mask ? '•'.repeat(state.value.length) : state.value;
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
