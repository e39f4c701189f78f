package console

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/election"
)

// maxQuestions bounds the creation form.
const maxQuestions = 20

// draft is the creation form as typed.
type draft struct {
	TitleRU, TitleEN, District string
	Opens, Closes, Zone        string // datetime-local values and a UTC offset
	Questions                  []draftQuestion
	Trustees, Threshold        string
}

// draftQuestion is one question of the form; Options and Grades have
// one text a line, "Russian | English". Kind is how it is answered and
// counted (kinds); Seats is STV's, Grades a graded question's scale,
// best first.
type draftQuestion struct {
	RU, EN, Min, Max, Options string
	Kind, Seats, Grades       string
}

// kinds are the form's question kinds, in the order of its select: a
// choice (the homomorphic tally adds it up), a ranking counted by each
// ranked method, a grading counted by majority judgment.
var kinds = []string{"choice", election.IRV, election.STV, election.Schulze, election.MajorityJudgment}

func newQuestion() draftQuestion { return draftQuestion{Min: "1", Max: "1", Kind: "choice"} }

func emptyDraft() *draft {
	return &draft{Zone: "+03:00", Questions: []draftQuestion{newQuestion()}}
}

// parseDraft reads the creation form.
func parseDraft(r *http.Request) *draft {
	f := func(k string) string { return strings.TrimSpace(r.PostFormValue(k)) }
	d := &draft{TitleRU: f("title_ru"), TitleEN: f("title_en"), District: f("district"),
		Opens: f("opens"), Closes: f("closes"), Zone: f("zone"), Trustees: f("trustees"), Threshold: f("threshold")}
	n, _ := strconv.Atoi(f("questions"))
	for i := range min(max(n, 1), maxQuestions) {
		p := fmt.Sprintf("q%d_", i)
		d.Questions = append(d.Questions, draftQuestion{RU: f(p + "ru"), EN: f(p + "en"),
			Min: f(p + "min"), Max: f(p + "max"), Options: f(p + "options"),
			Kind: f(p + "kind"), Seats: f(p + "seats"), Grades: f(p + "grades")})
	}
	return d
}

// manifest builds the manifest the form describes, or says what is wrong
// with it in a sentence.
func (d *draft) manifest() (*election.Manifest, error) {
	m := &election.Manifest{Version: election.Version, Title: election.Text{RU: d.TitleRU, EN: d.TitleEN}, District: d.District}
	if d.TitleRU == "" || d.TitleEN == "" {
		return nil, refuse("err_form_title", "form: no title")
	}
	for i, dq := range d.Questions {
		q, err := dq.question(i + 1)
		if err != nil {
			return nil, err
		}
		m.Questions = append(m.Questions, q)
	}
	if d.Opens != "" || d.Closes != "" {
		m.Schedule = &election.Schedule{Opens: d.Opens + ":00" + d.Zone, Closes: d.Closes + ":00" + d.Zone}
		if _, _, err := m.Schedule.Times(); err != nil {
			return nil, refuse("err_form_schedule", err.Error())
		}
	}
	if err := m.Validate(); err != nil {
		return nil, refuse("err_manifest", err.Error())
	}
	return m, nil
}

func (dq draftQuestion) question(n int) (election.Question, error) {
	arg := map[string]any{"q": n}
	q := election.Question{Title: election.Text{RU: dq.RU, EN: dq.EN}}
	if dq.RU == "" || dq.EN == "" {
		return q, &refusal{key: "err_form_question", args: arg, why: "form: a question without a title"}
	}
	options, err := texts(dq.Options, n, "err_form_option")
	if err != nil {
		return q, err
	}
	for _, t := range options {
		q.Options = append(q.Options, election.Option{Title: t})
	}
	var err1, err2 error
	q.Min, err1 = strconv.Atoi(dq.Min)
	q.Max, err2 = strconv.Atoi(dq.Max)
	if len(q.Options) < 2 || err1 != nil || err2 != nil || q.Min < 0 || q.Min > q.Max || q.Max > len(q.Options) ||
		dq.Kind != "choice" && q.Max < 1 {
		return q, &refusal{key: "err_form_limits", args: arg, why: "form: options or limits out of range"}
	}
	return q, dq.kind(&q, n)
}

// kind sets the type, method, seats and grades of q as the form's kind
// says.
func (dq draftQuestion) kind(q *election.Question, n int) error {
	switch dq.Kind {
	case "choice":
		return nil
	case election.IRV, election.Schulze:
		q.Type, q.Method = election.Ranked, dq.Kind
	case election.STV:
		q.Type, q.Method = election.Ranked, dq.Kind
		var err error
		if q.Seats, err = strconv.Atoi(dq.Seats); err != nil || q.Seats < 1 || q.Seats >= len(q.Options) {
			return &refusal{key: "err_form_seats", args: map[string]any{"q": n, "n": len(q.Options) - 1}, why: "form: STV seats out of range"}
		}
	case election.MajorityJudgment:
		q.Type, q.Method = election.Graded, dq.Kind
		grades, err := texts(dq.Grades, n, "err_form_grade")
		if err != nil {
			return err
		}
		if len(grades) < 2 || len(grades) > ballot.MaxGrades {
			return &refusal{key: "err_form_grades", args: map[string]any{"q": n, "n": ballot.MaxGrades}, why: "form: too few or too many grades"}
		}
		q.Grades = grades
	default:
		return &refusal{key: "err_form_kind", args: map[string]any{"q": n}, why: "form: an unknown kind of question"}
	}
	return nil
}

// texts reads one text a line, "Russian | English", skipping empty
// lines; a line that is not is refused with key.
func texts(lines string, n int, key string) ([]election.Text, error) {
	var out []election.Text
	for _, line := range strings.Split(lines, "\n") {
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		ru, en, ok := strings.Cut(line, "|")
		if ru, en = strings.TrimSpace(ru), strings.TrimSpace(en); !ok || ru == "" || en == "" {
			return nil, &refusal{key: key, args: map[string]any{"q": n, "line": line}, why: "form: a line not as 'ru | en'"}
		}
		out = append(out, election.Text{RU: ru, EN: en})
	}
	return out, nil
}

// maxName bounds a trustee's name, in characters.
const maxName = 100

// trustee is one trustee as the commission names it: its account, and a
// name that is the commission's own label (kept by the console, not on
// chain).
type trustee struct {
	Name    string
	Address common.Address
}

// trusteeSet parses the trustees, one a line, "name | address" (or
// addresses alone, one a line or separated by commas), and the
// threshold.
func trusteeSet(list, threshold string) ([]trustee, int, error) {
	var out []trustee
	seen := map[common.Address]bool{}
	for _, line := range strings.Split(list, "\n") {
		name, addrs, named := strings.Cut(line, "|")
		if !named {
			name, addrs = "", line
		}
		name = strings.TrimSpace(name)
		if !printable(name) || utf8.RuneCountInString(name) > maxName || named && name == "" {
			return nil, 0, &refusal{key: "err_form_trustee_name", args: map[string]any{"line": strings.TrimSpace(line)}, why: "form: a bad trustee name"}
		}
		fields := strings.FieldsFunc(addrs, func(r rune) bool { return r == ',' || r == '\r' || r == ' ' || r == '\t' })
		if named && len(fields) != 1 {
			return nil, 0, &refusal{key: "err_form_trustee", args: map[string]any{"addr": strings.TrimSpace(addrs)}, why: "form: not one address after a name"}
		}
		for _, s := range fields {
			if !common.IsHexAddress(s) || seen[common.HexToAddress(s)] {
				return nil, 0, &refusal{key: "err_form_trustee", args: map[string]any{"addr": s}, why: "form: bad or repeated trustee address"}
			}
			seen[common.HexToAddress(s)] = true
			out = append(out, trustee{Name: name, Address: common.HexToAddress(s)})
		}
	}
	t, err := strconv.Atoi(threshold)
	if len(out) == 0 || err != nil || t < 1 || t > len(out) {
		return nil, 0, refuse("err_form_threshold", "form: no trustees or threshold out of range")
	}
	return out, t, nil
}

// printable reports whether s is valid UTF-8 without control
// characters.
func printable(s string) bool {
	return utf8.ValidString(s) && !strings.ContainsFunc(s, unicode.IsControl)
}
