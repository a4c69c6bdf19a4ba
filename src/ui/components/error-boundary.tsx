import { Component, type ReactNode } from 'react';
import { Text } from 'ink';
import { text, type Lang } from '../../api/i18n/index.js';
import { describeError } from '../errors.js';

/**
 * A screen that fails to draw shows the failure as one line instead of taking the TUI down; the
 * other screens stay reachable (the shell remounts this per screen).
 */
export class ErrorBoundary extends Component<{ lang: Lang; children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <Text bold wrap="wrap">
          {text(this.props.lang, 'ui.status.error', { text: describeError(this.state.error, this.props.lang) })}
        </Text>
      );
    }
    return this.props.children;
  }
}
