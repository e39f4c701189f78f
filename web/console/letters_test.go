package console_test

import (
	"bytes"
	"encoding/csv"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/registrar/code"
	"github.com/evote-org/evote/registrar/letters/letterstest"
	"github.com/evote-org/evote/web/console"
	"github.com/evote-org/evote/web/internal/browsertest"
)

// rollCSV is the roll the commission imports: two districts, a name
// with markup, a right-to-left name and the longest name a roll takes.
var (
	longName = strings.Repeat("Щ", 200)
	rollCSV  = "voter_id,name,district\nV0001,Анна Иванова,D01\nV0002,\"<script>alert(1)</script> \"\"Boris\"\" Petrov\",D02\n" +
		"V0003,محمد علي,D02\nV0004," + longName + ",D01\n"
	// lettersOrder is the voters' names in the letters: by district, in roll order.
	lettersOrder = []string{"Анна Иванова", longName, `<script>alert(1)</script> "Boris" Petrov`, "محمد علي"}
)

// importRoll uploads the roll, downloads its letters and the printing
// house's table in Chromium, checks them (the codes are the registrar's,
// the names are text, one sheet per letter), erases the codes from the
// console and checks they are nowhere on its disk. It returns the codes.
func (c *commission) importRoll() map[string]string {
	dir := c.T.TempDir()
	path := filepath.Join(dir, "roll.csv")
	must(c.T, os.WriteFile(path, []byte(rollCSV), 0o600))
	c.Do("choose the roll file", chromedp.Click(css(`nav.sub a[href$="/roll"]`)), chromedp.WaitVisible(css("#roll-form")),
		chromedp.SetUploadFiles(css("#roll"), []string{path}), chromedp.SendKeys(css("#contact"), "+7 495 000-00-00"),
		browsertest.Void(chromedp.Poll[bool](`document.getElementById("roll").files.length === 1`)))
	c.Do("import the roll", chromedp.Click(css("#roll-submit")), chromedp.WaitVisible(css("#flash")))
	if got := c.Text("#flash"); !strings.Contains(got, "Codes were made for 4 voters") {
		c.T.Fatalf("roll import: %q", got)
	}
	c.Shoot("console-06-roll")
	c.CheckAxe("the roll page with codes held")
	c.Do("import again while the codes are held", chromedp.SetUploadFiles(css("#roll"), []string{path}),
		browsertest.Void(chromedp.Poll[bool](`document.getElementById("roll").files.length === 1`)),
		chromedp.Click(css("#roll-submit")), chromedp.WaitVisible(css("#flash.error")))
	if got := c.Text("#flash"); !strings.Contains(got, "still on the server") {
		c.T.Errorf("a second import while the codes are held: %q", got)
	}
	_, err := chromedp.CallBrowser(c.Ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir})
	must(c.T, err)
	doc := c.download(dir, "letters", "letters-all.html")
	codes := letterstest.Codes(c.T, doc)
	if table := c.download(dir, "csv", "codes-for-printing.csv"); !maps.Equal(codes, tableCodes(c.T, table)) {
		c.T.Errorf("the letters and the printing house's table differ:\n%v\n%s", codes, table)
	}
	c.w.accepts(c.T, c.n, "V0002", codes["V0002"])
	c.printed(filepath.Join(dir, "letters-all.html"), doc)

	c.Do("erase the codes", chromedp.Click(css("#erase-submit")), chromedp.WaitVisible(css("#codes-erased")))
	if n := browsertest.Get(c.Browser, "forms", chromedp.Evaluate[int](`document.querySelectorAll("#download-form").length`)); n != 0 {
		c.T.Error("the download form outlived the codes")
	}
	c.Shoot("console-06b-codes-erased")
	c.CheckAxe("the roll page after the erasure")
	nowhere(c.T, c.w.dir, codes)
	return codes
}

// download picks which in the download form and waits for the file
// name in dir.
func (c *commission) download(dir, which, name string) []byte {
	c.T.Helper()
	c.Do("download "+which, chromedp.SetValue(css("#codes-file"), which), chromedp.Click(css("#download-submit")))
	path := filepath.Join(dir, name)
	deadline := time.Now().Add(browsertest.StepTimeout)
	for {
		if data, err := os.ReadFile(path); err == nil {
			return data
		}
		if time.Now().After(deadline) {
			c.T.Fatalf("no download %s:\n%s", name, c.PageText())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// printed opens the downloaded letters in a tab: no script runs, the
// names are text in letter order, no text is cut off, and printed on A4
// each letter and each district's cover sheet is one page. Three
// sheets are shot.
func (c *commission) printed(path string, doc []byte) {
	var names []string
	for _, p := range letterstest.Find(letterstest.Parse(c.T, doc), "p", "name") {
		names = append(names, letterstest.Text(p))
	}
	if !slices.Equal(names, lettersOrder) {
		c.T.Errorf("names in the letters %q, want %q", names, lettersOrder)
	}
	tab := c.Tab()
	tab.Do("open the letters", chromedp.Navigate("file://"+path), chromedp.WaitVisible(css("section.sheet")), chromedp.EmulateViewport(794, 1123))
	if n := browsertest.Get(tab, "scripts", chromedp.Evaluate[int](`document.scripts.length`)); n != 0 {
		c.T.Errorf("%d scripts in the letters", n)
	}
	if over := browsertest.Get(tab, "overflow", chromedp.Evaluate[[]string](`[...document.querySelectorAll(".sheet .box, .sheet .name")]
		.filter((b) => b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1)
		.map((b) => b.closest("section").getAttribute("aria-label") + ": " + b.className)`)); len(over) > 0 {
		c.T.Errorf("text cut off in the letters: %q", over)
	}
	for _, sheet := range []string{"2", "3", "5"} {
		png := browsertest.Get(tab, "sheet "+sheet, chromedp.Screenshot(css("section.sheet:nth-of-type("+sheet+")")))
		must(c.T, os.WriteFile(filepath.Join(c.Shots, "letters-sheet"+sheet+".png"), png, 0o644))
	}
	yes := true
	pdf, err := chromedp.Call(tab.Ctx, page.PrintToPDF, page.PrintToPDFParams{PreferCSSPageSize: &yes, PrintBackground: &yes})
	must(c.T, err)
	pages := bytes.Count(pdf.Data, []byte("/Type /Page")) - bytes.Count(pdf.Data, []byte("/Type /Pages"))
	if want := len(lettersOrder) + 2; pages != want {
		c.T.Errorf("the letters print on %d pages, want %d (a cover per district, a page per letter)", pages, want)
	}
	if !regexp.MustCompile(`/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]`).Match(pdf.Data) {
		c.T.Error("the letters do not print on A4")
	}
}

// tableCodes reads the codes of the printing house's table.
func tableCodes(t testing.TB, table []byte) map[string]string {
	rows, err := csv.NewReader(bytes.NewReader(table)).ReadAll()
	must(t, err)
	if !slices.Equal(rows[0], []string{"voter_id", "name", "district", "code"}) {
		t.Fatalf("table header %q", rows[0])
	}
	codes := map[string]string{}
	for _, r := range rows[1:] {
		codes[r[0]] = r[3]
	}
	return codes
}

// accepts checks that election n's registrar store accepts voter's
// printed code.
func (w *world) accepts(t testing.TB, n int, voter, printed string) {
	t.Helper()
	c, ok := code.Normalize(printed)
	if !ok {
		t.Fatalf("%q is not a code", printed)
	}
	rec, err := w.reg.store(n).Credential(ctx, voter)
	must(t, err)
	if ok, err := code.Verify(rec, c); !ok || err != nil {
		t.Errorf("the registrar does not accept the code printed for %s (%v)", voter, err)
	}
}

// nowhere checks that no file under dir holds any of the codes, in
// either form.
func nowhere(t testing.TB, dir string, codes map[string]string) {
	t.Helper()
	must(t, filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		for voter, printed := range codes {
			plain := strings.ReplaceAll(printed, "-", "")
			if bytes.Contains(data, []byte(printed)) || bytes.Contains(data, []byte(plain)) {
				t.Errorf("%s holds the code of %s", path, voter)
			}
		}
		return err
	}))
}

// TestCodesExpire: codes not erased by hand are erased when their time
// runs out; the page says so, a download is refused, and the audit log
// records it.
func TestCodesExpire(t *testing.T) {
	w := newWorld(t)
	manifest, err := election.Canonical(election.Sample())
	must(t, err)
	box, tx, err := ballotbox.Deploy(w.commission, w.client, ballotbox.Params{Commission: w.commission.From,
		Manifest: manifest, Trustees: []common.Address{w.trustees[0].From}, Threshold: 1})
	must(t, err)
	rc, err := box.WaitMined(ctx, tx)
	must(t, err)
	dir := filepath.Join(t.TempDir(), "console")
	cred, err := console.NewCredential(dir)
	must(t, err)
	con, err := console.New(console.Config{Backend: w.client, Commission: w.commission, Dir: dir, Contract: box.Address(),
		FromBlock: rc.BlockNumber.Uint64(), Registrar: w.reg, BoothURL: "https://vote.example/", CodesTTL: time.Second})
	must(t, err)
	defer con.Close()
	srv := httptest.NewServer(con.Handler())
	defer srv.Close()
	a := (&world{url: srv.URL}).agent(t)
	a.login(cred)
	a.get("/e/1/roll")
	if resp, _ := upload(t, a, "/e/1/roll", "roll", rollCSV, "back", "roll"); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("import: %d", resp.StatusCode)
	}
	deadline := time.Now().Add(time.Minute)
	for {
		_, page := a.get("/e/1/roll?lang=en")
		if strings.Contains(page, `id="codes-erased"`) {
			if !strings.Contains(page, "their time ran out") {
				t.Errorf("the page does not say why the codes are gone:\n%s", page)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the codes are still held:\n%s", page)
		}
		time.Sleep(100 * time.Millisecond)
	}
	resp, _ := a.form("/e/1/roll/download", url.Values{"batch": {"0123"}, "file": {"letters"}})
	if _, page := a.get("/e/1/roll?lang=en"); resp.StatusCode != http.StatusSeeOther || !strings.Contains(page, "no longer on the server") {
		t.Errorf("a download after the expiry: %d\n%s", resp.StatusCode, page)
	}
	log, err := os.ReadFile(filepath.Join(dir, "audit.jsonl"))
	must(t, err)
	for _, want := range []string{`"action":"erase-codes","result":"ok","detail":"election 1: expired: the codes of 4 voters`, `"action":"download-codes","result":"refused"`} {
		if !strings.Contains(string(log), want) {
			t.Errorf("the audit log lacks %s:\n%s", want, log)
		}
	}
}
