package browsertest

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/chromedp/chromedp"
)

// axeSource is axe-core's script, pinned in axe/package-lock.json and
// installed by npm ci there (scripts/test does it).
var axeSource = sync.OnceValues(func() (string, error) {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "axe")
	b, err := os.ReadFile(filepath.Join(dir, "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		return "", fmt.Errorf("axe-core is not installed: (cd %s && npm ci) (scripts/test does it): %w", dir, err)
	}
	return string(b), nil
})

// AxeViolation is one rule axe-core found broken on a page.
type AxeViolation struct {
	Rule   string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"` // each: its CSS path, then what to fix
}

func (v AxeViolation) String() string {
	return fmt.Sprintf("axe %s (%s): %s\n    %s", v.Rule, v.Impact, v.Help, strings.Join(v.Nodes, "\n    "))
}

// axeRun runs every axe-core rule (WCAG 2.x A and AA and the best
// practices) on the page as it is and keeps the violations of impact
// moderate or worse. Content hidden from everyone (hidden, display:
// none) is not checked, as axe-core does not.
const axeRun = `axe.run(document, {resultTypes: ["violations"]}).then((r) => r.violations
	.filter((v) => ["moderate", "serious", "critical"].includes(v.impact))
	.map((v) => ({id: v.id, impact: v.impact, help: v.help,
		nodes: v.nodes.map((n) => n.target.join(" ") + ": " + (n.failureSummary || "").replace(/\s+/g, " "))})))`

// Axe checks the page in the tab with axe-core and returns its
// violations of impact moderate or worse.
func (b *Browser) Axe() []AxeViolation {
	b.T.Helper()
	src, err := axeSource()
	if err != nil {
		b.T.Fatal(err)
	}
	// Injected through the DevTools protocol, which the pages'
	// Content-Security-Policy does not govern.
	if !Get(b, "axe-core loaded", chromedp.Evaluate[bool](`typeof axe === "object"`)) {
		b.Do("inject axe-core", Void(chromedp.Evaluate[bool](src+"\n;true")))
	}
	return Get(b, "axe-core", chromedp.Evaluate[[]AxeViolation](axeRun, chromedp.EvalAwaitPromise))
}

// CheckAxe fails the test for every violation of impact moderate or
// worse that axe-core finds on the page, naming the page, the rule, its
// impact and the nodes.
func (b *Browser) CheckAxe(page string) {
	b.T.Helper()
	for _, v := range b.Axe() {
		b.T.Errorf("%s: %s", page, v)
	}
}
