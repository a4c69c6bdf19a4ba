import type { ReactNode } from 'react';
import { Box, Text } from 'ink';
import { sanitizeLine } from '../../api/text.js';
import type { TextState } from '../input/text-editing.js';
import type { FormModel } from '../hooks/use-form.js';
import { useT } from '../i18n.js';
import { useEnvironment } from '../state/environment.js';
import { useLayout } from '../state/layout.js';
import { TextBlock } from './text-block.js';
import { TextLine } from './text-line.js';

/** A form drawn from its model: a label column, the fields, and each field's error under it. */
export function Form({ title, note, model, notes = {} }: { title: string; note?: string; model: FormModel; notes?: Record<string, ReactNode> }) {
  const { theme, plain } = useEnvironment();
  const t = useT();
  const { main } = useLayout();
  // Inside the border and the indent of a multi-line field.
  const blockWidth = Math.max(10, main.width - (plain ? 2 : 4));
  // "› " + the label + ": ": the longest label fits on its line, up to half the width.
  const labelWidth = Math.min(Math.max(12, Math.floor(main.width / 2)), Math.max(...model.fields.map((f) => f.label.length)) + 4);
  return (
    <Box flexDirection="column">
      <Text {...theme.text.title}>{title}</Text>
      {note ? (
        <Text {...theme.text.secondary} wrap="wrap">
          {note}
        </Text>
      ) : null}
      {model.error ? (
        <Text {...theme.status.error} wrap="wrap">
          {t('ui.status.error', { text: model.error })}
        </Text>
      ) : null}
      {model.fields.map((field, i) => {
        const focused = i === model.focus;
        const value = model.values[field.name];
        let editor;
        if (field.kind === 'text') editor = <TextLine state={value as TextState} focused={focused} mask={field.mask} />;
        else if (field.kind === 'multiline') editor = <TextBlock state={value as TextState} rows={field.rows} width={blockWidth} focused={focused} />;
        else if (field.kind === 'check') editor = <Text>{value ? (plain ? t('ui.yes') : '[x]') : plain ? t('ui.no') : '[ ]'}</Text>;
        else if (field.kind === 'choice' && field.options.length > 4) {
          // A long list shows its current choice only; ←/→ step through it.
          const current = field.options.find((o) => o.value === value);
          editor = (
            <Text {...(focused ? theme.text.accent : {})}>
              {'‹ '}
              {sanitizeLine(current?.label ?? String(value))}
              {' ›'}
            </Text>
          );
        } else {
          const chosen = (o: string) => (field.kind === 'choice' ? value === o : (value as string[]).includes(o));
          editor = (
            <Text wrap="truncate-end">
              {field.options.map((o, oi) => {
                const mark = chosen(o.value) ? (field.kind === 'choice' ? '(•)' : '[x]') : field.kind === 'choice' ? '( )' : '[ ]';
                const underCursor = focused && field.kind === 'multi' && oi === model.optionCursor;
                return (
                  <Text key={o.value} {...(underCursor ? theme.selection : {})}>
                    {oi > 0 ? '  ' : ''}
                    {mark} {sanitizeLine(o.label)}
                  </Text>
                );
              })}
            </Text>
          );
        }
        return (
          <Box key={field.name} flexDirection="column">
            <Box>
              <Box width={labelWidth} flexShrink={0}>
                <Text {...(focused ? theme.text.accent : {})} bold={focused} wrap="truncate-end">
                  {focused ? (plain ? '> ' : '› ') : '  '}
                  {field.label}:
                </Text>
              </Box>
              {field.kind === 'multiline' ? null : editor}
            </Box>
            {field.kind === 'multiline' ? (
              <Box paddingLeft={2} borderStyle={plain ? undefined : 'single'} borderColor={focused ? theme.border.focused : theme.border.unfocused}>
                {editor}
              </Box>
            ) : null}
            {notes[field.name] ? <Box paddingLeft={labelWidth}>{notes[field.name]}</Box> : null}
            {model.errors[field.name] ? (
              <Box paddingLeft={labelWidth}>
                <Text {...theme.status.error} wrap="wrap">
                  {t('ui.status.error', { text: model.errors[field.name]! })}
                </Text>
              </Box>
            ) : null}
          </Box>
        );
      })}
      {model.busy ? <Text {...theme.text.secondary}>{t('ui.form.saving')}</Text> : null}
    </Box>
  );
}
