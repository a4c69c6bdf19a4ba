/**
 * Semantic theme tokens: components say `theme.status.error`, never a colour. A token is a whole
 * text style, so the no-colour theme can mark the same meaning with bold, dim or inverse.
 */
export interface Style {
  color?: string;
  backgroundColor?: string;
  bold?: boolean;
  dimColor?: boolean;
  inverse?: boolean;
  underline?: boolean;
}

export interface Theme {
  name: 'colour' | 'no-colour';
  text: { primary: Style; secondary: Style; accent: Style; title: Style };
  status: { error: Style; warning: Style; success: Style; info: Style };
  /** The selected row of a list, the focused field. */
  selection: Style;
  /** The conversation of a thread: the facility's side and the department's. */
  message: { facility: Style; department: Style };
  nav: { active: Style; inactive: Style };
  /** Border colour of a focused and an unfocused pane. */
  border: { focused: string | undefined; unfocused: string | undefined };
}
