package site

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"net/http"
)

var (
	//go:embed templates
	templateFS embed.FS
	//go:embed texts.json
	textsJSON []byte
)

// languages of the site; the first is the default.
var languages = []string{"ru", "en"}

// pages renders the site's pages.
type pages struct {
	tmpl   map[string]*template.Template
	texts  map[string]map[string]string // key -> language -> text
	assets map[string]*asset
}

// pageData is what a page template sees.
type pageData struct {
	Page   string
	Lang   string
	Texts  map[string]map[string]string // for the script's language switch
	Assets map[string]*asset
}

func loadPages(assets map[string]*asset) (*pages, error) {
	p := &pages{tmpl: map[string]*template.Template{}, assets: assets}
	if err := json.Unmarshal(textsJSON, &p.texts); err != nil {
		return nil, fmt.Errorf("site: texts.json: %w", err)
	}
	for key, byLang := range p.texts {
		for _, l := range languages {
			if byLang[l] == "" {
				return nil, fmt.Errorf("site: texts.json: %q has no %s text", key, l)
			}
		}
	}
	for _, name := range []string{"booth", "track", "observer"} {
		t := template.New("layout.html").Funcs(template.FuncMap{
			"t":     func(lang, key string) (string, error) { return p.text(lang, key) },
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

func (p *pages) text(lang, key string) (string, error) {
	byLang, ok := p.texts[key]
	if !ok {
		return "", fmt.Errorf("site: no text %q", key)
	}
	return byLang[lang], nil
}

// handler renders page name in the request's language.
func (p *pages) handler(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		data := pageData{Page: name, Lang: language(r), Texts: p.texts, Assets: p.assets}
		if err := p.tmpl[name].Execute(&buf, data); err != nil {
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(buf.Bytes())
	}
}

// language is the page's language: ?lang=, else the cookie the language
// switch sets, else Russian.
func language(r *http.Request) string {
	want := r.URL.Query().Get("lang")
	if want == "" {
		if c, err := r.Cookie("lang"); err == nil {
			want = c.Value
		}
	}
	for _, l := range languages {
		if want == l {
			return l
		}
	}
	return languages[0]
}
