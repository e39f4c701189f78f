package console_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// commission is the commission's browser on the console.
type commission struct {
	*browsertest.Browser
	w *world
}

// signIn is refused with a wrong credential, then signs in.
func (c *commission) signIn() {
	c.Do("the sign-in page", chromedp.Navigate(c.w.url+"/"), chromedp.WaitVisible(css("#credential")))
	if got := c.Text("#page-h"); got != "Вход для комиссии" {
		c.T.Errorf("the default page is not Russian: %q", got)
	}
	c.Shoot("console-01-login")
	c.Do("a wrong credential", chromedp.Click(css(`a[lang="en"]`)), chromedp.WaitVisible(css("#credential")),
		chromedp.SendKeys(css("#credential"), "AAAA-BBBB-CCCC-DDDD"), chromedp.Click(css("#login-submit")),
		chromedp.WaitVisible(css("#flash")))
	if got := c.Text("#flash"); got != "The access credential is wrong." {
		c.T.Errorf("wrong credential: %q", got)
	}
	c.Shoot("console-02-login-refused")
	c.Do("sign in with the keyboard only", chromedp.SendKeys(css("#credential"), c.w.cred+kb.Enter),
		chromedp.WaitVisible(css("#no-election")))
	c.Shoot("console-03-no-election")
}

// create fills the form (two questions, a schedule, three trustees,
// two of three), checks the preview, and deploys with the typed word.
func (c *commission) create() {
	set := func(sel, v string) chromedp.Action[chromedp.Void] { return chromedp.SetValue(css(sel), v) }
	var trustees []string
	for _, o := range c.w.trustees {
		trustees = append(trustees, o.From.Hex())
	}
	c.Do("the form", chromedp.Click(css(`nav a[href="/new"]`)), chromedp.WaitVisible(css("#new-form")),
		set("#title_ru", "Опрос о парках"), set("#title_en", "Poll on parks"),
		set("#q0_ru", "Строить ли парк?"), set("#q0_en", "Build a park?"), set("#q0_options", "Да | Yes\nНет | No"),
		chromedp.Click(css("#add-question")), chromedp.WaitVisible(css("#q1_ru")))
	c.Do("the second question", set("#q1_ru", "Что добавить?"), set("#q1_en", "What to add?"),
		set("#q1_options", "Скамейки | Benches\nФонтаны | Fountains\nДорожки | Paths"), set("#q1_min", "0"), set("#q1_max", "2"),
		set("#opens", "2026-09-18T08:00"), set("#closes", "2026-09-20T20:00"),
		set("#form-trustees", strings.Join(trustees, "\n")), set("#form-threshold", "2"))
	if got := browsertest.Get(c.Browser, "kept", chromedp.Evaluate[string](`document.getElementById("q0_options").value`)); got != "Да | Yes\nНет | No" {
		c.T.Errorf("adding a question lost the first: %q", got)
	}
	c.Shoot("console-04-new")
	c.Do("check", chromedp.Click(css("#new-submit")), chromedp.WaitVisible(css("#form-deploy")))
	if got := c.Text("#p-title"); got != "Poll on parks" {
		c.T.Errorf("preview: %q", got)
	}
	c.Shoot("console-05-preview")
	c.Do("deploy", chromedp.SendKeys(css("#deploy-confirm"), "DEPLOY"), chromedp.Click(css("#deploy-submit")),
		chromedp.WaitVisible(css(`#e-state[data-state="KeyCeremony"]`)))
}

// ceremony watches the trustees and finishes the key ceremony.
func (c *commission) ceremony() {
	c.waitFor("#finish-submit")
	c.Shoot("console-07-ceremony")
	c.Do("finish the ceremony", chromedp.Click(css("#finish-submit")), chromedp.WaitVisible(css(`#e-state[data-state="Ready"]`)))
	c.waitFor("#open-confirm")
	c.Shoot("console-08-ready")
}

// waitFor reloads the overview until sel is on it, as the page's own
// refresh does.
func (c *commission) waitFor(sel string) {
	c.T.Helper()
	deadline := time.Now().Add(3 * time.Minute)
	for {
		c.Do("the overview", chromedp.Navigate(c.w.url+"/"), chromedp.WaitVisible(css("#e-state")))
		if browsertest.Get(c.Browser, sel, chromedp.Evaluate[bool](`document.querySelector("`+sel+`") !== null`)) {
			return
		}
		if time.Now().After(deadline) {
			c.T.Fatalf("the overview never showed %s:\n%s", sel, c.PageText())
		}
		time.Sleep(time.Second)
	}
}

// act types word into an action's confirmation and sends it; with state
// set it waits for the election to be in it.
func (c *commission) act(what, action, word, state string) {
	c.T.Helper()
	c.Do(what, chromedp.Navigate(c.w.url+"/"), chromedp.WaitVisible(css("#"+action+"-confirm")),
		chromedp.SendKeys(css("#"+action+"-confirm"), word), chromedp.Click(css("#"+action+"-submit")),
		chromedp.WaitVisible(css("#flash")))
	if state != "" {
		if got := browsertest.Get(c.Browser, "state", chromedp.Evaluate[string](`document.getElementById("e-state").dataset.state`)); got != state {
			c.T.Fatalf("%s: state %s, want %s: %s", what, got, state, c.Text("#flash"))
		}
	}
}

// fromBlock is the deployment block the console keeps.
func (c *commission) fromBlock() uint64 {
	data, err := os.ReadFile(filepath.Join(c.w.dir, "console.json"))
	must(c.T, err)
	var st struct {
		FromBlock uint64 `json:"fromBlock"`
	}
	must(c.T, json.Unmarshal(data, &st))
	return st.FromBlock
}

// audit checks the audit page lists the actions in order.
func (c *commission) audit() {
	c.Do("the audit log", chromedp.Click(css(`nav a[href="/audit"]`)), chromedp.WaitVisible(css("#audit")))
	got := browsertest.Get(c.Browser, "actions", chromedp.Evaluate[string](
		`[...document.querySelectorAll("#audit tbody tr")].map((r) => r.cells[2].textContent + ":" + r.cells[3].textContent).reverse().join(" ")`))
	want := "sign-in:refused sign-in:ok deploy:ok import-roll:ok import-roll:refused download-codes:ok download-codes:ok erase-codes:ok finish-ceremony:ok open-polls:ok close-polls:refused close-polls:ok tally:ok publish:ok"
	if got != want {
		c.T.Errorf("audit log:\n got %s\nwant %s", got, want)
	}
	if got := c.Text("#audit-chain"); !strings.Contains(got, "intact") {
		c.T.Errorf("audit chain: %q", got)
	}
	c.Shoot("console-14-audit")
}

// Shoot checks that every field of the page has a label and that the
// page has one h1, then takes the screenshots.
func (c *commission) Shoot(name string) {
	c.T.Helper()
	unlabelled := browsertest.Get(c.Browser, "labels", chromedp.Evaluate[[]string](
		`[...document.querySelectorAll("input:not([type=hidden]), textarea, select")].filter((e) => e.labels.length === 0).map((e) => e.id || e.name)`))
	if len(unlabelled) > 0 {
		c.T.Errorf("%s: fields without a label: %v", name, unlabelled)
	}
	if n := browsertest.Get(c.Browser, "h1", chromedp.Evaluate[int](`document.querySelectorAll("h1").length`)); n != 1 {
		c.T.Errorf("%s: %d h1 headings", name, n)
	}
	c.Browser.Shoot(name)
}
