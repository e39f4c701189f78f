// Package election is the election manifest: the questions, their options
// and selection limits, and their texts in Russian and English. Its exact
// bytes are published in the ballot-box contract's creation event, and
// their Keccak-256 hash is the election id that every token, proof and
// signature of the election binds (docs/protocol.md, section 2).
//
// Decoding is strict: a manifest must be exactly its canonical encoding
// (Bytes: compact JSON, fields in the order of the Go types, no HTML
// escaping), so that no two readers can disagree on what it says (no
// duplicate keys, no unknown fields, no alternative spellings), and every
// count and length is limited.
package election

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/transcript"
	"golang.org/x/crypto/sha3"
)

// Version is the manifest format this package reads.
const Version = 1

// Limits of a manifest. MaxBallotSize is the ballot-box contract's limit:
// a manifest whose ballots would not fit is refused here, not at the polls.
const (
	MaxSize       = 96 * 1024
	MaxTextLength = 1000
	MaxBallotSize = 16 * 1024
)

// ErrManifest is returned for a manifest that does not decode or breaks a
// rule; the message says which.
var ErrManifest = errors.New("election: invalid manifest")

// Text is a string in the languages of the booth.
type Text struct {
	RU string `json:"ru"`
	EN string `json:"en"`
}

// Option is one answer of a question.
type Option struct {
	Title Text `json:"title"`
}

// Question types (Question.Type).
const (
	Choice = ""       // select Min to Max options; the homomorphic tally adds them up
	Ranked = "ranked" // rank Min to Max candidates 1, 2, …; counted after the mix-net
	Graded = "graded" // grade Min to Max candidates on a scale; counted after the mix-net
)

// Counting methods (Question.Method) of ranked and graded questions,
// each specified in docs/protocol.md, section 16.
const (
	IRV              = "irv"               // instant runoff, one seat
	STV              = "stv"               // single transferable vote, Seats seats
	Schulze          = "schulze"           // Condorcet–Schulze, one winner
	MajorityJudgment = "majority-judgment" // the graded questions' method
)

// Question is one question. A choice question (Type "") lets a voter
// select between Min and Max of its options. A ranked one lets a voter
// rank between Min and Max of its options (candidates), counted by
// Method (Seats seats for STV); a graded one lets a voter grade between
// Min and Max of them on the scale Grades, best grade first. The fields
// after Options are absent from a choice question, so a manifest of
// choice questions is byte-identical to one written before they existed.
type Question struct {
	Title   Text     `json:"title"`
	Min     int      `json:"min"`
	Max     int      `json:"max"`
	Options []Option `json:"options"`
	Type    string   `json:"type,omitempty"`
	Method  string   `json:"method,omitempty"`
	Seats   int      `json:"seats,omitempty"`
	Grades  []Text   `json:"grades,omitempty"`
}

// Manifest describes one election.
type Manifest struct {
	Version   int        `json:"version"`
	Title     Text       `json:"title"`
	District  string     `json:"district,omitempty"` // restricts the roll; "" is the whole city
	Questions []Question `json:"questions"`
	Schedule  *Schedule  `json:"schedule,omitempty"` // planned, not enforced; nil: none published
}

// Parse decodes and checks a manifest as published: it must be exactly
// its canonical encoding.
func Parse(data []byte) (*Manifest, error) {
	m, err := decode(data)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(data, m.Bytes()) {
		return nil, fmt.Errorf("%w: not in canonical form (compact JSON as produced by Manifest.Bytes; see Canonical)", ErrManifest)
	}
	return m, nil
}

// Canonical checks a manifest as a commission writes it (any JSON layout,
// no unknown fields) and returns its canonical encoding, the bytes to
// publish.
func Canonical(data []byte) ([]byte, error) {
	m, err := decode(data)
	if err != nil {
		return nil, err
	}
	return m.Bytes(), nil
}

func decode(data []byte) (*Manifest, error) {
	if len(data) == 0 || len(data) > MaxSize {
		return nil, fmt.Errorf("%w: %d bytes, want 1 to %d", ErrManifest, len(data), MaxSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrManifest, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("%w: data after the manifest", ErrManifest)
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return &m, nil
}

// Bytes is the canonical encoding of the manifest, the bytes that are
// published and hashed.
func (m *Manifest) Bytes() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m); err != nil {
		panic(err) // plain structs of strings and ints always encode
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// Validate checks the rules of a manifest.
func (m *Manifest) Validate() error {
	if m.Version != Version {
		return fmt.Errorf("%w: version %d, want %d", ErrManifest, m.Version, Version)
	}
	if err := m.Title.check("title"); err != nil {
		return err
	}
	for qi, q := range m.Questions {
		if err := q.Title.check(fmt.Sprintf("question %d title", qi+1)); err != nil {
			return err
		}
		for oi, o := range q.Options {
			if err := o.Title.check(fmt.Sprintf("question %d option %d title", qi+1, oi+1)); err != nil {
				return err
			}
		}
		if err := q.checkType(); err != nil {
			return fmt.Errorf("%w: question %d: %w", ErrManifest, qi+1, err)
		}
	}
	if m.Schedule != nil {
		if _, _, err := m.Schedule.Times(); err != nil {
			return err
		}
	}
	shape := m.Shape()
	if err := ballot.ValidateShape(shape); err != nil {
		return fmt.Errorf("%w: %w", ErrManifest, err)
	}
	if n := ballot.Size(shape); n > MaxBallotSize {
		return fmt.Errorf("%w: its ballots would be %d bytes, the contract takes at most %d", ErrManifest, n, MaxBallotSize)
	}
	return nil
}

func (t Text) check(what string) error {
	for _, s := range []string{t.RU, t.EN} {
		if strings.TrimSpace(s) == "" || len(s) > MaxTextLength || !utf8.ValidString(s) {
			return fmt.Errorf("%w: %s must be non-empty UTF-8 of at most %d bytes in ru and en", ErrManifest, what, MaxTextLength)
		}
	}
	return nil
}

// checkType checks the fields of a question's type: a choice question
// has none, a ranked one a method of a ranking (and seats for STV, 1 to
// one fewer than its candidates), a graded one majority judgment and 2
// to ballot.MaxGrades grades.
func (q *Question) checkType() error {
	switch q.Type {
	case Choice:
		if q.Method != "" || q.Seats != 0 || q.Grades != nil {
			return errors.New("a choice question has no method, seats or grades")
		}
	case Ranked:
		if q.Method != IRV && q.Method != STV && q.Method != Schulze {
			return fmt.Errorf("method %q, want %q, %q or %q for a ranked question", q.Method, IRV, STV, Schulze)
		}
		if q.Method == STV && (q.Seats < 1 || q.Seats >= len(q.Options)) {
			return fmt.Errorf("STV for %d seats of %d candidates, want 1 to %d seats", q.Seats, len(q.Options), len(q.Options)-1)
		}
		if q.Method != STV && q.Seats != 0 || q.Grades != nil {
			return errors.New("only STV has seats, and a ranked question no grades")
		}
	case Graded:
		if q.Method != MajorityJudgment || q.Seats != 0 {
			return fmt.Errorf("method %q with %d seats, want %q and none", q.Method, q.Seats, MajorityJudgment)
		}
		if len(q.Grades) < 2 || len(q.Grades) > ballot.MaxGrades {
			return fmt.Errorf("%d grades, want 2 to %d", len(q.Grades), ballot.MaxGrades)
		}
		for gi, g := range q.Grades {
			if err := g.check(fmt.Sprintf("grade %d", gi+1)); err != nil {
				return err
			}
		}
	default:
		return fmt.Errorf("type %q, want none, %q or %q", q.Type, Ranked, Graded)
	}
	return nil
}

// Mixed reports whether q is counted after the mix-net (ranked or
// graded), not by the homomorphic tally.
func (q *Question) Mixed() bool { return q.Type != Choice }

// Shape is the manifest's questions as the ballot cryptography sees them.
func (m *Manifest) Shape() []ballot.Question {
	out := make([]ballot.Question, len(m.Questions))
	for i, q := range m.Questions {
		out[i] = ballot.Question{Options: len(q.Options), Min: q.Min, Max: q.Max}
		switch q.Type {
		case Ranked:
			out[i].Kind = ballot.Ranked
		case Graded:
			out[i].Kind, out[i].Grades = ballot.Graded, len(q.Grades)
		}
	}
	return out
}

// ID is the election id of a manifest's bytes: their Keccak-256 hash.
func ID(data []byte) [32]byte {
	var id [32]byte
	h := sha3.NewLegacyKeccak256()
	h.Write(data)
	h.Sum(id[:0])
	return id
}

// Ballot returns the public parameters ballots of this election are made
// and checked against.
func (m *Manifest) Ballot(ctx transcript.Context, key *elgamal.PublicKey) *ballot.Election {
	return &ballot.Election{Context: ctx, Key: key, Questions: m.Shape()}
}
