import { describe, expect, it } from 'vitest';
import { checkScriptUrl, checkTemplateHtml } from './trusted-types';

describe('the default Trusted Types policy', () => {
  // Shapes of the app's compiled templates (taken from the built JS): forms, inline SVG icons,
  // in-page links, and text with character references must all stay allowed.
  it.each([
    '<section><h1 id="inbox-title"></h1><ul class="list"></ul></section>',
    '<a class=skip-link href=#main>',
    '<dialog class=sheet><form method=dialog><h2></h2><div class=action-row><button type=submit>',
    '<section class="card code-entry"><h2></h2><form class=inline-form><label></label><input name=code autocomplete=off>',
    '<span class=badge-wrap><button type=button><svg viewBox="0 0 24 24"aria-hidden=true class=badge-icon><path>',
    '<figure class=qr><svg role=img shape-rendering=crispEdges class=qr-code><rect fill=#fff></rect><path fill=#000>',
    '<p>Open&nbsp;now &lt;10 min&gt; &amp; on time: online</p>',
    '<p class=note>Button "on" = yes, colon: fine</p>',
  ])('lets Solid templates through: %s', (template) => {
    expect(checkTemplateHtml(template)).toBe(template);
  });

  it.each([
    '<img src=x onerror="alert(1)">',
    '<script>alert(1)</script>',
    '<a href="javascript:alert(1)">x</a>',
    '<iframe src="/"></iframe>',
    '<svg><a ONCLICK = "x()"></a></svg>',
    '<svg/onload=alert(1)>',
    '<img/src/onerror=alert(1)>',
    '<img src="x"onerror=alert(1)>',
    "<svg><animate attributeName=href values=x onbegin='alert(1)'/></svg>",
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href="&#x6A;&#x61;vascript&#58;alert(1)">x</a>',
    '<a href="javascript&colon;alert(1)">x</a>',
    '<a href="java&Tab;script:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<form><button formaction=javascript&colon;alert(1)>x</button></form>',
    '<form><button formaction="/elsewhere">x</button></form>',
    '<iframe srcdoc="<p>x</p>"></iframe>',
    '<div/srcdoc="x">',
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<object data="x">',
    '<frameset onload=alert(1)>',
  ])('refuses HTML that could run code: %s', (html) => {
    expect(() => checkTemplateHtml(html)).toThrow(TypeError);
  });

  it('allows only our own service worker as a script URL', () => {
    expect(checkScriptUrl('/sw.js')).toBe(`${location.origin}/sw.js`);
    expect(() => checkScriptUrl('https://evil.example/sw.js')).toThrow(TypeError);
    expect(() => checkScriptUrl('/other.js')).toThrow(TypeError);
  });
});
