import type { DemoUser } from './accounts.js';

/**
 * The few HTML pages of the development identity provider: pick a demo user, confirm a device
 * code, done. Plain forms with no scripts, so they work in any browser and can be posted by a
 * program completing a demo login.
 */

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem}label{display:block;margin:.4rem 0}small{color:#555}.error{color:#b00020}button{margin-top:1rem;padding:.4rem 1.2rem}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>`;
}

/** Which demo user signs in: one radio button per user of the store. */
export function loginPage(uid: string, users: DemoUser[], error?: string): string {
  const options = users
    .map(
      (u, i) =>
        `<label><input type="radio" name="login" value="${escapeHtml(u.id)}"${i === 0 ? ' checked' : ''}> <b>${escapeHtml(u.id)}</b> — ${escapeHtml(u.name)} <small>${escapeHtml(u.roles.join(', '))}</small></label>`,
    )
    .join('\n');
  return page(
    'e-loket demo: aanmelden',
    `<p>Ontwikkel-identity provider van eloket. Kies een demogebruiker.</p>
${error ? `<p class="error">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
${options || '<p>Er zijn nog geen demogebruikers: voer "eloket dev seed" uit.</p>'}
<button type="submit">Aanmelden</button>
</form>`,
  );
}

export function deviceInputPage(form: string, error: boolean): string {
  return page(
    'e-loket demo: toestel koppelen',
    `<p>${error ? '<span class="error">Deze code is ongeldig of verlopen. Probeer opnieuw.</span>' : 'Geef de code die uw terminal toont.'}</p>
${form}
<button type="submit" form="op.deviceInputForm">Verder</button>`,
  );
}

export function deviceConfirmPage(form: string, userCode: string): string {
  return page(
    'e-loket demo: toestel bevestigen',
    `<p>Toont uw terminal deze code?</p><p><code>${escapeHtml(userCode)}</code></p>
${form}
<button type="submit" form="op.deviceConfirmForm">Bevestigen</button>`,
  );
}

export function donePage(): string {
  return page('e-loket demo: aangemeld', '<p>U bent aangemeld. U kunt dit venster sluiten en terugkeren naar de terminal.</p>');
}

export function errorPage(message: string): string {
  return page('e-loket demo: fout', `<p class="error">${escapeHtml(message)}</p>`);
}
