package site

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"net/http"

	"github.com/evote-org/evote/web/internal/i18n"
)

var (
	//go:embed templates
	templateFS embed.FS
	//go:embed texts.json
	textsJSON []byte
)

// pages renders the site's pages.
type pages struct {
	tmpl   map[string]*template.Template
	texts  i18n.Texts
	assets map[string]*asset
	apis   apis
	// wholeLogMax: the voter's check downloads the whole registration log
	// for a roll of at most this many voters (Config.WholeLogMax).
	wholeLogMax int
}

// apis are the base URLs of the APIs the booth calls from the browser,
// written into every page (the body's data-registrar and data-relay),
// and what the observer page offers to verify from: a chain node's
// JSON-RPC URL ("" for none) and the election's contract.
type apis struct {
	Registrar, Relay string
	Node, Contract   string
}

// pageData is what a page template sees.
type pageData struct {
	Page   string
	Lang   string
	Texts  i18n.Texts // for the script's language switch
	Assets map[string]*asset
	APIs   apis

	WholeLogMax int // the registration page's data-whole-log-max
}

func loadPages(assets map[string]*asset, a apis, wholeLogMax int) (*pages, error) {
	texts, err := i18n.Load(textsJSON)
	if err != nil {
		return nil, fmt.Errorf("site: texts.json: %w", err)
	}
	p := &pages{tmpl: map[string]*template.Template{}, assets: assets, texts: texts, apis: a, wholeLogMax: wholeLogMax}
	for _, name := range []string{"booth", "track", "observer", "check", "ballots", "registration"} {
		t := template.New("layout.html").Funcs(template.FuncMap{
			"t":     texts.Text,
			"asset": func(name string) *asset { return assets[name] },
		})
		t, err := t.ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("site: templates: %w", err)
		}
		p.tmpl[name] = t
	}
	return p, nil
}

// handler renders page name in the request's language.
func (p *pages) handler(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		lang, _ := i18n.Language(r)
		data := pageData{Page: name, Lang: lang, Texts: p.texts, Assets: p.assets, APIs: p.apis, WholeLogMax: p.wholeLogMax}
		if err := p.tmpl[name].Execute(&buf, data); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(buf.Bytes())
	}
}
