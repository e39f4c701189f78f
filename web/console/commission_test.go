package console_test

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/internal/invite"
	"github.com/evote-org/evote/tally/ceremony"
	"github.com/evote-org/evote/web/console"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// commission is the commission's browser on the console, working on
// election n.
type commission struct {
	*browsertest.Browser
	w *world
	n int
}

// page is the URL of a page of the election (sub: "", "roll").
func (c *commission) page(sub string) string { return fmt.Sprintf("%s/e/%d/%s", c.w.url, c.n, sub) }

// dir is the election's directory in the console's.
func (c *commission) dir() string { return console.ElectionDir(c.w.dir, c.n) }

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
// two of three), checks the preview, and deploys with the typed word: a
// new election, numbered n.
func (c *commission) create(n int, ru, en string, trustees []*bind.TransactOpts, names []string) {
	set := func(sel, v string) chromedp.Action[chromedp.Void] { return chromedp.SetValue(css(sel), v) }
	var addrs []string
	for i, o := range trustees {
		addrs = append(addrs, names[i]+" | "+o.From.Hex())
	}
	c.Do("the form", chromedp.Click(css(`nav a[href="/new"]`)), chromedp.WaitVisible(css("#new-form")),
		set("#title_ru", ru), set("#title_en", en),
		set("#q0_ru", "Строить ли парк?"), set("#q0_en", "Build a park?"), set("#q0_options", "Да | Yes\nНет | No"),
		chromedp.Click(css("#add-question")), chromedp.WaitVisible(css("#q1_ru")))
	c.Do("the second question", set("#q1_ru", "Что добавить?"), set("#q1_en", "What to add?"),
		set("#q1_options", "Скамейки | Benches\nФонтаны | Fountains\nДорожки | Paths"), set("#q1_min", "0"), set("#q1_max", "2"),
		set("#opens", "2026-09-18T08:00"), set("#closes", "2026-09-20T20:00"),
		set("#form-trustees", strings.Join(addrs, "\n")), set("#form-threshold", "2"))
	if got := browsertest.Get(c.Browser, "kept", chromedp.Evaluate[string](`document.getElementById("q0_options").value`)); got != "Да | Yes\nНет | No" {
		c.T.Errorf("adding a question lost the first: %q", got)
	}
	c.n = n
	c.Shoot(c.name("04-new"))
	c.Do("check", chromedp.Click(css("#new-submit")), chromedp.WaitVisible(css("#form-deploy")))
	if got := c.Text("#p-title"); got != en {
		c.T.Errorf("preview: %q", got)
	}
	c.Shoot(c.name("05-preview"))
	c.Do("deploy", chromedp.SendKeys(css("#deploy-confirm"), "DEPLOY"), chromedp.Click(css("#deploy-submit")),
		chromedp.WaitVisible(css(`#e-state[data-state="KeyCeremony"]`)))
	if got, want := browsertest.Get(c.Browser, "url", chromedp.Location()), c.page(""); got != want {
		c.T.Errorf("after the deployment the console shows %s, want %s", got, want)
	}
}

// name is a screenshot's name: the first election's as they were, the
// second's prefixed.
func (c *commission) name(s string) string {
	if c.n > 1 {
		return fmt.Sprintf("console-e%d-%s", c.n, s)
	}
	return "console-" + s
}

// importCodes uploads a roll and returns its codes from the printing
// house's table, downloaded in the browser, then erases them.
func (c *commission) importCodes(roll string, voters int) map[string]string {
	dir := c.T.TempDir()
	path := filepath.Join(dir, "roll.csv")
	must(c.T, os.WriteFile(path, []byte(roll), 0o600))
	c.Do("choose the roll file", chromedp.Click(css(`nav.sub a[href$="/roll"]`)), chromedp.WaitVisible(css("#roll-form")),
		chromedp.SetUploadFiles(css("#roll"), []string{path}),
		browsertest.Void(chromedp.Poll[bool](`document.getElementById("roll").files.length === 1`)))
	c.Do("import the roll", chromedp.Click(css("#roll-submit")), chromedp.WaitVisible(css("#flash")))
	if got := c.Text("#flash"); !strings.Contains(got, fmt.Sprintf("Codes were made for %d voters", voters)) {
		c.T.Fatalf("roll import: %q", got)
	}
	c.Shoot(c.name("06-roll"))
	_, err := chromedp.CallBrowser(c.Ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
	must(c.T, err)
	codes := tableCodes(c.T, c.download(dir, "csv", "codes-for-printing.csv"))
	c.Do("erase the codes", chromedp.Click(css("#erase-submit")), chromedp.WaitVisible(css("#codes-erased")))
	return codes
}

// ceremony watches the trustees and finishes the key ceremony.
func (c *commission) ceremony() {
	c.waitFor("#finish-submit")
	c.Shoot(c.name("07-ceremony"))
	c.Do("finish the ceremony", chromedp.Click(css("#finish-submit")), chromedp.WaitVisible(css(`#e-state[data-state="Ready"]`)))
	c.waitFor("#open-confirm")
	c.Shoot(c.name("08-ready"))
}

// waitFor reloads the overview until sel is on it, as a member pressing
// "check again" does.
func (c *commission) waitFor(sel string) {
	c.T.Helper()
	deadline := time.Now().Add(3 * time.Minute)
	for {
		c.Do("the overview", chromedp.Navigate(c.page("")), chromedp.WaitVisible(css("#e-state")))
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
	c.Do(what, chromedp.Navigate(c.page("")), chromedp.WaitVisible(css("#"+action+"-confirm")),
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
	data, err := os.ReadFile(filepath.Join(c.dir(), "election.json"))
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
	want := "sign-in:refused sign-in:ok deploy:ok import-roll:ok import-roll:refused download-codes:ok download-codes:ok erase-codes:ok finish-ceremony:ok open-polls:refused open-polls:ok close-polls:refused close-polls:ok tally:ok publish:ok"
	if got != want {
		c.T.Errorf("audit log:\n got %s\nwant %s", got, want)
	}
	if got := c.Text("#audit-chain"); !strings.Contains(got, "intact") {
		c.T.Errorf("audit chain: %q", got)
	}
	c.Shoot("console-14-audit")
}

// Shoot checks that every field of the page has a label, that the page
// has one h1 and no axe-core violation (landmark-unique among them) of impact
// moderate or worse (browsertest.CheckAxe), then takes the screenshots:
// every console page a test shoots is checked.
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
	c.CheckAxe(name)
	c.Browser.Shoot(name)
}

// trusteeNames checks the overview names the trustees as the commission
// did, with their addresses only abbreviated (in full in the title).
func (c *commission) trusteeNames(names []string) {
	c.T.Helper()
	got := browsertest.Get(c.Browser, "names", chromedp.Evaluate[[]string](`[...document.querySelectorAll("#trustees td.trustee .name")].map((e) => e.textContent)`))
	if strings.Join(got, ", ") != strings.Join(names, ", ") {
		c.T.Errorf("the overview names the trustees %q, want %q", got, names)
	}
	if cell := c.Text("#trustees td.trustee"); strings.Count(cell, "0x") != 1 || len(cell) > 60 {
		c.T.Errorf("a trustee's cell: %q", cell)
	}
}

// invited opens each trustee's invitation in the console (shooting the
// first), checks it names the trustee, its number and account, the
// election's contract and the endpoint, that the file the console
// serves is the same, and returns the trustees as "evote trustee run
// --invite" makes them: on the invitation's contract, from its block.
func (c *commission) invited(box *ballotbox.Client, accounts []*bind.TransactOpts, names []string) []*ceremony.Trustee {
	c.T.Helper()
	a := c.w.agent(c.T.(*testing.T))
	a.login(c.w.cred)
	var ts []*ceremony.Trustee
	for i, o := range accounts {
		c.Do("the invitation", chromedp.Navigate(c.page("")), chromedp.WaitVisible(css(fmt.Sprintf("#invite-%d", i+1))),
			chromedp.Click(css(fmt.Sprintf("#invite-%d", i+1))), chromedp.WaitVisible(css("#invite-download")))
		if i == 0 {
			c.Shoot(c.name("invite"))
		}
		text := browsertest.Get(c.Browser, "the file", chromedp.Evaluate[string](`document.getElementById("invite-json").textContent`))
		inv, err := invite.Read(strings.NewReader(text))
		must(c.T, err)
		if inv.Name != names[i] || inv.Trustee != i+1 || inv.Address != o.From || inv.Contract != box.Address() || inv.RPC != c.w.rpc {
			c.T.Errorf("trustee %d's invitation: %+v", i+1, inv)
		}
		resp, err := a.c.Get(c.page(fmt.Sprintf("invite/%d/file", i+1)))
		must(c.T, err)
		file, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if string(file) != text || !strings.HasPrefix(resp.Header.Get("Content-Disposition"), "attachment") {
			c.T.Errorf("trustee %d's invitation file (%s): %q", i+1, resp.Header.Get("Content-Disposition"), file)
		}
		ts = append(ts, &ceremony.Trustee{Box: ballotbox.New(c.w.client, inv.Contract), Opts: o, From: inv.FromBlock})
	}
	return ts
}
