// Package browsertest drives a real headless Chromium from Go tests over
// the DevTools protocol (chromedp), for the web packages' browser tests:
// a fresh profile per test, steps that fail the test with the page's
// text, and screenshots at desktop (1280 px) and phone (360 px) widths.
//
// A missing chromium fails the test (scripts/test installs Debian's).
// Screenshots go to $EVOTE_SCREENSHOTS when set, else to a temporary
// directory.
package browsertest

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Browser is one tab of a headless Chromium.
type Browser struct {
	T     testing.TB
	Ctx   context.Context
	Shots string // where screenshots go
	close func()
}

// New starts a headless Chromium with a fresh profile, stopped when the
// test ends.
func New(t testing.TB) *Browser {
	path, err := exec.LookPath("chromium")
	if err != nil {
		t.Fatal("no chromium on PATH: scripts/test installs it (apt-get install chromium)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true), // root in a container
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // no timeout here: it would stop the browser
		t.Fatalf("starting chromium: %v", err)
	}
	shots := os.Getenv("EVOTE_SCREENSHOTS")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	return &Browser{T: t, Ctx: ctx, Shots: shots}
}

// Tab opens a new tab with its own session (same browser profile:
// cookies and localStorage shared, sessionStorage its own).
func (b *Browser) Tab() *Browser { return b.open() }

// Profile opens a tab in a fresh browser profile (a new browser context:
// no cookies, no storage of the others), as on another device.
func (b *Browser) Profile() *Browser { return b.open(chromedp.WithNewBrowserContext()) }

func (b *Browser) open(opts ...chromedp.ContextOption) *Browser {
	ctx, cancel := chromedp.NewContext(b.Ctx, opts...)
	b.T.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		b.T.Fatalf("opening a tab: %v", err)
	}
	return &Browser{T: b.T, Ctx: ctx, Shots: b.Shots, close: cancel}
}

// Close closes a tab opened by Tab or Profile, as a voter closes it: no
// unload dialog is answered, nothing more runs in it.
func (b *Browser) Close() {
	if b.close == nil {
		b.T.Fatal("browsertest: Close of a browser's first tab")
	}
	b.close()
}

// StepTimeout bounds one call of Do or Get.
const StepTimeout = time.Minute

// Do runs steps and fails the test on an error.
func (b *Browser) Do(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.T.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, StepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.T.Fatalf("%s: %v\npage text:\n%s", what, err, b.PageText())
	}
}

// PageText is the visible text of the page, for a failure's message.
func (b *Browser) PageText() string {
	ctx, cancel := context.WithTimeout(b.Ctx, 5*time.Second)
	defer cancel()
	s, err := chromedp.Run(ctx, chromedp.Evaluate[string]("document.body.innerText"))
	if err != nil {
		return err.Error()
	}
	return s
}

// Get runs an action that returns a value.
func Get[T any](b *Browser, what string, a chromedp.Action[T]) T {
	b.T.Helper()
	ctx, cancel := context.WithTimeout(b.Ctx, StepTimeout)
	defer cancel()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		b.T.Fatalf("%s: %v", what, err)
	}
	return v
}

// Void drops an action's value, to run it among steps.
func Void[T any](a chromedp.Action[T]) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := a(ctx, t)
		return err
	})
}

// Text is the text of the element sel (a CSS selector).
func (b *Browser) Text(sel string) string {
	b.T.Helper()
	return Get(b, "reading "+sel, chromedp.Text(chromedp.CSS(sel)))
}

// Shoot saves full-page screenshots of the page at desktop (1280 px) and
// phone (360 px) widths as name-1280.png and name-360.png, and fails the
// test if the page scrolls sideways at either.
//
// Scrollbars are hidden meanwhile, as a phone's overlay scrollbars take
// no width: headless Chromium's classic 15-px scrollbar left a page
// taller than the window 345 px of layout at 360, and the full-page
// capture (which grows the viewport to the page's height, so that the
// scrollbar goes) came out 345 px wide with the right edge cut off.
func (b *Browser) Shoot(name string) {
	b.T.Helper()
	b.ShootWhen(name, "true")
}

// ShootWhen is Shoot for a page that redraws itself when its width
// changes (the observer's charts): at each width it waits for the
// JavaScript expression settled to be true before the screenshot.
func (b *Browser) ShootWhen(name, settled string) {
	b.T.Helper()
	b.Do("hide the scrollbars", scrollbarsHidden(true))
	defer b.Do("show the scrollbars", scrollbarsHidden(false))
	for _, w := range []int64{1280, 360} {
		b.Do("viewport", chromedp.EmulateViewport(w, 800), chromedp.Sleep(100*time.Millisecond),
			Void(chromedp.Poll[bool](settled)))
		if Get(b, "width", chromedp.Evaluate[bool]("document.documentElement.scrollWidth > document.documentElement.clientWidth")) {
			b.T.Errorf("%s scrolls sideways at %d px", name, w)
		}
		png := Get(b, "screenshot "+name, chromedp.FullScreenshot(100))
		file := filepath.Join(b.Shots, name+"-"+strconv.FormatInt(w, 10)+".png")
		if err := os.WriteFile(file, png, 0o644); err != nil {
			b.T.Fatal(err)
		}
	}
	b.Do("restore the viewport", chromedp.EmulateViewport(1280, 900))
}

func scrollbarsHidden(hidden bool) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScrollbarsHidden, emulation.SetScrollbarsHiddenParams{Hidden: hidden})
		return err
	})
}

// AcceptDialogs accepts every JavaScript dialog the tab opens from now on
// (such as the question before leaving a page) and counts them.
func (b *Browser) AcceptDialogs() *atomic.Int32 {
	var n atomic.Int32
	dialogs := chromedp.Events(b.Ctx, page.JavascriptDialogOpening)
	go func() {
		for _, err := range dialogs {
			if err != nil {
				return
			}
			n.Add(1)
			go chromedp.Call(b.Ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	return &n
}

// Requests records every request the tab sends from now on and returns
// a function that lists those sent so far, each as one line: the method,
// the URL, the headers (JSON) and the body.
func (b *Browser) Requests() func() []string {
	var mu sync.Mutex
	var out []string
	sent := chromedp.Events(b.Ctx, network.RequestWillBeSent)
	go func() {
		for ev, err := range sent {
			if err != nil {
				return
			}
			r := ev.Request
			line := r.Method + " " + r.URL
			h, _ := json.Marshal(r.Headers)
			line += " " + string(h)
			for _, e := range r.PostDataEntries {
				line += " " + string(e.Bytes)
			}
			mu.Lock()
			out = append(out, line)
			mu.Unlock()
		}
	}()
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(out)
	}
}
