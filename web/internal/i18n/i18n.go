// Package i18n holds the web pages' texts in Russian and English and
// picks a request's language, for the booth site and the commission
// console alike.
package i18n

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// Languages of the pages; the first is the default.
var Languages = []string{"ru", "en"}

// Texts maps a text's key to its text in each language.
type Texts map[string]map[string]string

// Load decodes texts (JSON) and checks that every text has every
// language.
func Load(data []byte) (Texts, error) {
	var t Texts
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("i18n: %w", err)
	}
	for key, byLang := range t {
		for _, l := range Languages {
			if byLang[l] == "" {
				return nil, fmt.Errorf("i18n: %q has no %s text", key, l)
			}
		}
	}
	return t, nil
}

// Text is the text of key in lang.
func (t Texts) Text(lang, key string) (string, error) {
	byLang, ok := t[key]
	if !ok {
		return "", fmt.Errorf("i18n: no text %q", key)
	}
	return byLang[lang], nil
}

// Format is the text of key in lang with each {name} replaced by
// args[name].
func (t Texts) Format(lang, key string, args map[string]any) (string, error) {
	s, err := t.Text(lang, key)
	for k, v := range args {
		s = strings.ReplaceAll(s, "{"+k+"}", fmt.Sprint(v))
	}
	return s, err
}

// Language is the request's language: ?lang=, else the "lang" cookie,
// else the default. Asked reports whether ?lang= chose it.
func Language(r *http.Request) (lang string, asked bool) {
	want := r.URL.Query().Get("lang")
	if c, err := r.Cookie("lang"); want == "" && err == nil {
		want = c.Value
	}
	for _, l := range Languages {
		if want == l {
			return l, r.URL.Query().Get("lang") == l
		}
	}
	return Languages[0], false
}
