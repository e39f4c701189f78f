package console

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/web/internal/i18n"
)

var (
	//go:embed templates
	templateFS embed.FS
	//go:embed static/console.css
	css []byte
	//go:embed texts.json
	textsJSON []byte
)

// pageNames are the console's pages (templates/NAME.html).
var pageNames = []string{"login", "list", "overview", "new", "preview", "roll", "invite", "audit", "message"}

// pages renders the console's pages.
type pages struct {
	tmpl  map[string]*template.Template
	texts i18n.Texts
}

// view is what a page template sees.
type view struct {
	Page     string
	Lang     string
	CSRF     string
	SignedIn bool
	Election int // the election a page is about (0: none)
	Flash    *flash
	Data     any
}

// view makes the view of a signed-in page, with the session's message.
func (c *Console) view(s *session, data any) *view {
	return &view{CSRF: s.csrf, SignedIn: true, Flash: c.sessions.takeFlash(s), Data: data}
}

// electionView is the view of one of election el's pages.
func (c *Console) electionView(s *session, el *entry, data any) *view {
	v := c.view(s, data)
	v.Election = el.n
	return v
}

func loadPages() (*pages, error) {
	texts, err := i18n.Load(textsJSON)
	if err != nil {
		return nil, fmt.Errorf("console: texts.json: %w", err)
	}
	p := &pages{tmpl: map[string]*template.Template{}, texts: texts}
	funcs := template.FuncMap{"t": texts.Text, "tf": texts.Format, "word": func(lang, action string) string {
		if lang == "en" {
			return confirmWords[action][1]
		}
		return confirmWords[action][0]
	}, "inc": func(i int) int { return i + 1 }, "lines": lines, "args": args, "short": short,
		"kinds": func() []string { return kinds }}
	for _, name := range pageNames {
		t, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("console: templates: %w", err)
		}
		p.tmpl[name] = t
	}
	return p, nil
}

// render writes page name with status.
func (p *pages) render(w http.ResponseWriter, r *http.Request, status int, name string, v *view) {
	v.Page, v.Lang = name, language(w, r)
	var buf bytes.Buffer
	if err := p.tmpl[name].Execute(&buf, v); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// plain answers status with a page that says key.
func (p *pages) plain(w http.ResponseWriter, r *http.Request, status int, key string) {
	p.render(w, r, status, "message", &view{Flash: &flash{Key: key, Error: true}})
}

// language is the page's language; one chosen with ?lang= is remembered
// in a cookie (the console has no script to do it).
func language(w http.ResponseWriter, r *http.Request) string {
	lang, asked := i18n.Language(r)
	if asked {
		http.SetCookie(w, &http.Cookie{Name: "lang", Value: lang, Path: "/", MaxAge: 365 * 86400, SameSite: http.SameSiteStrictMode})
	}
	return lang
}

func serveCSS(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Write(css)
}

// short abbreviates an address for a table: 0x1234…cdef.
func short(a common.Address) string {
	h := a.Hex()
	return h[:6] + "…" + h[len(h)-4:]
}

// args makes a map of its key, value arguments, to pass several values
// to a template.
func args(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i+1 < len(kv); i += 2 {
		m[fmt.Sprint(kv[i])] = kv[i+1]
	}
	return m
}
