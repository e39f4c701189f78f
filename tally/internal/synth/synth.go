package synth

import (
	"cmp"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"io"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/evote-org/evote/crypto/dkg"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/trustee"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/tally"
	"github.com/gtank/ristretto255"
)

// Config of a synthetic election: one question, at most one selection,
// unless Questions says otherwise. The zero value has 5 options and
// 3-of-5 trustees.
type Config struct {
	Voters    int       // valid ballots
	Options   int       // options of the question (default 5)
	Questions []Shape   // several questions instead (Options is then unused)
	N, T      int       // trustees (default 5 and 3)
	Absent    []int     // trustees (from 1) that post no tally share
	Bad       []int     // trustees (from 1) that post a wrong tally share
	Malformed []int     // trustees (from 1) whose dealing post does not decode
	Invalid   bool      // add one cast of each kind that must not count
	Districts int       // districts on the roll (0: a roll without districts)
	Mixers    []int     // trustees (from 1) who mix the ranked and graded questions, in this order (none: no mix phase at all)
	BadMix    []int     // mixers whose proof is made as another mixer's: named invalid-proof and skipped
	Files     string    // the directory of the mix phase's files (needed with Mixers)
	Progress  io.Writer // progress of the generation (nil: none)
}

// Shape is a question of a synthetic election: n options, between Min
// and Max selections, or, Ranked, between Min and Max candidates ranked
// (counted by Method after the mix phase: IRV if empty, STV for Seats),
// or, Grades > 0, between Min and Max candidates graded on that many
// grades (majority judgment after the mix phase).
type Shape struct {
	Options, Min, Max int
	Ranked            bool
	Method            string
	Seats             int
	Grades            int
}

// mixed reports whether the mix phase counts the question.
func (s Shape) mixed() bool { return s.Ranked || s.Grades > 0 }

func (c *Config) setDefaults() {
	if c.Options == 0 {
		c.Options = 5
	}
	if len(c.Questions) == 0 {
		c.Questions = []Shape{{Options: c.Options, Min: 0, Max: 1}}
	}
	if c.N == 0 {
		c.N, c.T = 5, 3
	}
}

// Outcome is what a synthetic record must verify to.
type Outcome struct {
	Counts     []uint64 // per option of the choice questions
	Counted    uint64
	Mix        *tally.MixRecord // the mix phase (nil without a ranked or graded question)
	RecordHash common.Hash
	Header     *tally.Header
}

// generator holds one synthetic election.
type generator struct {
	cfg     Config
	voters  *Voters
	h       *tally.Header
	log     *tally.Log
	shares  []*trustee.Share
	counts  []uint64
	tx      uint64
	openAt  uint64
	closeAt uint64
}

// Write generates an election as configured and writes its complete
// record (published line included) to w.
func Write(w io.Writer, cfg Config) (*Outcome, error) {
	cfg.setDefaults()
	options := 0
	for _, q := range cfg.Questions {
		if !q.mixed() {
			options += q.Options
		}
	}
	g := &generator{cfg: cfg, counts: make([]uint64, options)}
	reg, err := RegistrarKey()
	if err != nil {
		return nil, err
	}
	if err := g.header(reg.Public().Bytes()); err != nil {
		return nil, err
	}
	e, err := tally.NewElection(g.h)
	if err != nil {
		return nil, err
	}
	g.voters = &Voters{Registrar: reg, Election: e.Manifest.Ballot(e.Context, e.Key)}
	if err := g.ceremony(e); err != nil {
		return nil, err
	}
	return g.record(w, e)
}

// header makes the parameters of the election and its chain facts.
func (g *generator) header(registrarKey []byte) error {
	m := &election.Manifest{Version: election.Version, Title: election.Text{RU: "Синтетические выборы", EN: "Synthetic election"}}
	for qi, s := range g.cfg.Questions {
		q := election.Question{Title: election.Text{RU: "Вопрос", EN: "Question"}, Min: s.Min, Max: s.Max}
		switch {
		case s.Grades > 0:
			q.Type, q.Method = election.Graded, election.MajorityJudgment
			for gi := range s.Grades {
				q.Grades = append(q.Grades, election.Text{RU: fmt.Sprintf("Оценка %d", gi+1), EN: fmt.Sprintf("Grade %d", gi+1)})
			}
		case s.Ranked:
			q.Type, q.Method, q.Seats = election.Ranked, cmp.Or(s.Method, election.IRV), s.Seats
		}
		if qi > 0 {
			q.Title = election.Text{RU: fmt.Sprintf("Вопрос %d", qi+1), EN: fmt.Sprintf("Question %d", qi+1)}
		}
		for o := range s.Options {
			q.Options = append(q.Options, election.Option{Title: election.Text{RU: fmt.Sprintf("Вариант %d", o+1), EN: fmt.Sprintf("Option %d", o+1)}})
		}
		m.Questions = append(m.Questions, q)
	}
	g.h = &tally.Header{Type: tally.TypeHeader, Version: tally.RecordVersion, ChainID: 31337,
		Contract: common.Address{0x5e, 0x1e, 0xc7}, CreatedBlock: 1, Manifest: m.Bytes(),
		Commission: common.Address{0xc0}, Threshold: g.cfg.T, RegistrarKey: registrarKey}
	g.h.ElectionID = election.ID(g.h.Manifest)
	for i := range g.cfg.N {
		g.h.Trustees = append(g.h.Trustees, common.Address{0x70, byte(i)})
	}
	g.casts() // sets the blocks of the polls
	for i, s := range []string{"KeyCeremony", "Ready", "Open", "Closed"} {
		block := []uint64{2, 5, g.openAt, g.closeAt}[i]
		g.h.States = append(g.h.States, tally.StateFact{State: s, Block: block, Tx: g.nextTx()})
	}
	g.h.ReadBlock = g.closeAt + 3
	g.h.TokenCount = uint64(g.cfg.Voters) + 10
	var err error
	g.log, err = g.registrationLog()
	return err
}

// ceremony runs an honest key ceremony and the test decryption.
func (g *generator) ceremony(e *tally.Election) error {
	var trustees []*trustee.Trustee
	var keys []*dkg.TrusteeKey
	for i := range g.cfg.N {
		t, err := trustee.New(e.Ceremony, i+1, rand.Reader)
		if err != nil {
			return err
		}
		trustees, keys = append(trustees, t), append(keys, t.Key())
		g.h.Ceremony.Keys = append(g.h.Ceremony.Keys, g.post(i, t.Key().Bytes(), 3))
	}
	var dealings []*dkg.Dealing
	for i, t := range trustees {
		d, err := t.Deal(keys, rand.Reader)
		if err != nil {
			return err
		}
		data := d.Bytes()
		if slices.Contains(g.cfg.Malformed, i+1) {
			copy(data[5:37], ristretto255.NewIdentityElement().Bytes()) // C_0 = the identity: does not decode
		} else {
			dealings = append(dealings, d)
		}
		g.h.Ceremony.Dealings = append(g.h.Ceremony.Dealings, g.post(i, data, 4))
	}
	g.h.Ceremony.Complaints = []tally.Post{}
	for _, t := range trustees {
		for _, d := range dealings {
			if _, err := t.Receive(d, rand.Reader); err != nil {
				return err
			}
		}
	}
	r, err := e.Ceremony.Qualify(keys, dealings, nil)
	if err != nil {
		return err
	}
	for _, t := range trustees {
		s, err := t.Finish(r)
		if err != nil {
			return err
		}
		g.shares = append(g.shares, s)
	}
	g.h.Ceremony.ElectionKey, g.h.Ceremony.QualifiedMask = r.Key.Bytes(), tally.QualifiedMask(r.Qualified)
	e.Key, e.Result = r.Key, r
	g.voters.Election = e.Manifest.Ballot(e.Context, r.Key)
	shares, err := g.decryptions(tally.TestCiphertexts(e.Context, r.Key), 6, nil, nil)
	g.h.Test.Shares = shares
	return err
}

// decryptions are the trustees' posts of partial decryptions of cts in
// block, but for the absent ones, wrong for the bad ones.
func (g *generator) decryptions(cts []*elgamal.Ciphertext, block uint64, absent, bad []int) ([]tally.Post, error) {
	posts := []tally.Post{}
	for i, s := range g.shares {
		if slices.Contains(absent, i+1) {
			continue
		}
		p, err := s.PartialDecrypt(cts, rand.Reader)
		if err != nil {
			return nil, err
		}
		data := p.Bytes()
		if slices.Contains(bad, i+1) {
			copy(data[5:37], ristretto255.NewGeneratorElement().Bytes()) // D_0 = G: its proof fails
		}
		posts = append(posts, g.post(i, data, block))
	}
	return posts, nil
}

func (g *generator) post(trustee int, data []byte, block uint64) tally.Post {
	return tally.Post{Trustee: trustee, Data: data, Block: block, Tx: g.nextTx()}
}

// nextTx is a made-up transaction hash.
func (g *generator) nextTx() common.Hash {
	g.tx++
	return sha256.Sum256(binary.BigEndian.AppendUint64([]byte("synth tx"), g.tx))
}
