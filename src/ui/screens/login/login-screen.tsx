import { Box, Text } from 'ink';
import { DEMO_USERS } from '../../../api/seed/demo-world.js';
import { matches } from '../../keys.js';
import { TextLine } from '../../components/text-line.js';
import { useKeys } from '../../input/keyboard.js';
import { editText } from '../../input/text-editing.js';
import { useScopes } from '../../hooks/use-scopes.js';
import { useT } from '../../i18n.js';
import { useEnvironment } from '../../state/environment.js';
import { useUIActions } from '../../state/ui-context.js';
import { useLogin } from './use-login.js';

/** Shown when nobody is logged in: a demo user in the embedded default, else the browser login. */
export function LoginScreen() {
  const { api, theme } = useEnvironment();
  const t = useT();
  const model = useLogin();
  const { quit } = useUIActions();
  useScopes(['login']);
  useKeys(
    (input, key) => {
      if (matches('loginAs', input, key)) {
        model.login();
        return true;
      }
      if (model.busy) {
        if (key.escape) model.cancel();
        return key.escape;
      }
      if (matches('loginLeave', input, key)) {
        // Esc clears what was typed, as in any field; on an empty field it leaves the TUI (q
        // is a letter of the user's name here).
        if (!model.clear()) quit();
        return true;
      }
      if (!api.embedded) return false;
      if (!editText(model.user, input, key)) return false;
      // Applied to the newest text: keys typed faster than a render are not lost.
      model.setUser((now) => editText(now, input, key) ?? now);
      return true;
    },
    { layer: 'field' },
  );
  return (
    <Box flexDirection="column">
      <Text {...theme.text.title}>{t('ui.login.title')}</Text>
      <Text> </Text>
      {api.embedded ? (
        <>
          <Text wrap="wrap">{t('ui.login.embedded')}</Text>
          <Text {...theme.text.secondary} wrap="wrap">
            {t('ui.login.demo_users', { users: DEMO_USERS.map((u) => u.id).join(', ') })}
          </Text>
          <Text> </Text>
          <Box>
            <Text bold>{t('ui.login.user')}: </Text>
            <TextLine state={model.user} focused={!model.busy} />
          </Box>
        </>
      ) : (
        <Text wrap="wrap">{t('ui.login.external')}</Text>
      )}
      {model.url ? <Text wrap="wrap">{t('ui.login.open_url', { url: model.url })}</Text> : null}
    </Box>
  );
}
