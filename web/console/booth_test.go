package console_test

import (
	"strings"

	"github.com/chromedp/chromedp"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// vote signs in at the booth and reloads the page (the code is not
// kept: the voter signs in again, and nothing was issued yet), chooses,
// encrypts and casts while the relay is unreachable,
// reloads again (the page asks first), and sees the kept ballot sent and
// included once the relay is back.
func vote(b *browsertest.Browser, v *voting, url, id, code string) {
	dialogs := b.AcceptDialogs()
	b.Do("sign in at the booth", chromedp.Navigate(url+"/?lang=en"), chromedp.WaitVisible(css("#step-login")),
		chromedp.SendKeys(css("#voter-id"), id), chromedp.SendKeys(css("#code"), code),
		chromedp.Click(css("#login-submit")), chromedp.WaitVisible(css("#step-ballot")))
	b.Do("reload after signing in", chromedp.Reload(), chromedp.WaitVisible(css("#step-login")))
	b.Do("sign in again", chromedp.SetValue(css("#voter-id"), id), chromedp.SetValue(css("#code"), code),
		chromedp.Click(css("#login-submit")), chromedp.WaitVisible(css("#step-ballot")))
	b.Shoot("booth-resumed-ballot")
	b.Do("choose and encrypt", chromedp.Click(css(`label[for="q0o0"]`)), chromedp.Click(css(`label[for="q1o1"]`)),
		chromedp.Click(css("#encrypt")), chromedp.WaitVisible(css("#step-review")))
	tracker := b.Text("#review-tracker")
	v.relayDown.Store(true)
	b.Do("cast while the relay is unreachable", chromedp.Click(css("#cast")), chromedp.WaitVisible(css("#retry")))
	b.Do("reload while the cast waits", chromedp.Reload(), chromedp.WaitVisible(css("#step-cast")))
	if n := dialogs.Load(); n != 1 {
		b.T.Errorf("%d questions before leaving a page with a cast waiting, want 1", n)
	}
	b.CheckAxe("booth-resumed-cast")
	b.Shoot("booth-resumed-cast")
	v.relayDown.Store(false)
	b.Do("sent again after the reload", chromedp.WaitVisible(css("#step-done")))
	if got := b.Text("#tracker"); got != tracker {
		b.T.Errorf("tracker %s after the reload, the ballot's %s", got, tracker)
	}
}

// observe checks the observer page shows the verified result.
func observe(b *browsertest.Browser, url string) {
	b.Do("the observer page", chromedp.Navigate(url+"/observer?lang=en"),
		browsertest.Void(chromedp.Poll[bool](`document.querySelectorAll("#obs-checks li").length > 0`)))
	if got := b.Text("#obs-verify"); !strings.Contains(got, "All checks passed") || !strings.Contains(got, "Ballots counted: 1") {
		b.T.Errorf("observer: %q", got)
	}
	b.CheckAxe("observer-verified")
	b.Shoot("observer-verified")
}

func css(sel string) chromedp.CSS { return chromedp.CSS(sel) }
