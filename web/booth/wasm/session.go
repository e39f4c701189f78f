//go:build js && wasm

package main

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/evote-org/evote/crypto/ballot"
	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/crypto/elgamal"
	"github.com/evote-org/evote/crypto/transcript"
	"github.com/evote-org/evote/election"
	"github.com/evote-org/evote/web/api"
	"github.com/evote-org/evote/web/booth"
)

// session is one voter's visit: the election, the sign-in, then the
// pseudonym and at most one prepared ballot at a time.
type session struct {
	mu         sync.Mutex
	ctx        transcript.Context
	electionID string
	keyOnChain []byte
	elKey      []byte              // the election key, as the site sent it
	registrar  string              // the registrar's base URL, as the site names it
	checked    *booth.RegistrarAPI // the registrar, once its key is checked
	election   *ballot.Election
	voter      string         // the voter id the registrar accepted
	pending    *booth.Pending // the pseudonym key and blinding, made with the first ballot
	ballot     []byte         // the ballot to cast, encrypted for pending's pseudonym
	opening    *ballot.Opening
}

// load checks and keeps the election the site's server read from chain,
// and the registrar's base URL; before the booth may use the keys it
// compares them, and the context, with the relay's answer.
func (s *session) load(data, registrarURL, relayURL string) (any, error) {
	var e api.Election
	if err := json.Unmarshal([]byte(data), &e); err != nil {
		return nil, coded("election", err)
	}
	ctx, err := e.Context()
	if err != nil {
		return nil, coded("election", err)
	}
	if election.ID(e.Manifest) != ctx.ElectionID {
		return nil, coded("manifest", errors.New("booth: the manifest's hash is not the election id"))
	}
	m, err := election.Parse(e.Manifest)
	if err != nil {
		return nil, coded("manifest", err)
	}
	key, err := elgamal.ParsePublicKey(e.ElectionKey)
	if err != nil {
		return nil, coded("election", err)
	}
	if registrarURL == "" || relayURL == "" {
		return nil, coded("internal", errors.New("booth: the page names no registrar or no relay"))
	}
	if err := checkRelay(relayURL, ctx, e.RegistrarKey, e.ElectionKey); err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.ctx, s.electionID, s.keyOnChain, s.elKey, s.registrar = ctx, e.ElectionID, e.RegistrarKey, e.ElectionKey, registrarURL
	s.election = m.Ballot(ctx, key)
	return m, nil
}

// relayWait bounds the wait for the relay's answer: a relay that does
// not answer is no check (relay_unreachable), not an endless "checking".
const relayWait = 30 * time.Second

// checkRelay compares what the site said with the relay's answer.
func checkRelay(relayURL string, ctx transcript.Context, registrarKey, electionKey []byte) error {
	wait, cancel := context.WithTimeout(context.Background(), relayWait)
	defer cancel()
	rel, err := booth.RelayElection(wait, fetch, relayURL, "")
	if err == nil {
		err = booth.CheckRelay(rel, ctx, registrarKey, electionKey)
	}
	switch {
	case err == nil:
		return nil
	case errors.Is(err, booth.ErrRelayUnreachable):
		return coded("relay_unreachable", err)
	case errors.Is(err, booth.ErrElectionKeyMismatch):
		return coded("election_key_mismatch", err)
	case errors.Is(err, booth.ErrRegistrarKeyMismatch):
		return coded("registrar_key_mismatch", err)
	}
	return coded("relay_wrong_election", err)
}

// checkRegistrar checks the registrar's answer against the site's (and
// so the relay's) context, registrar key and, if the registrar gives it,
// election key, once per session.
func (s *session) checkRegistrar(lang string) (*booth.RegistrarAPI, error) {
	if s.checked != nil {
		r := *s.checked
		r.Language = lang
		return &r, nil
	}
	reg := &booth.RegistrarAPI{URL: s.registrar, ElectionID: s.electionID, Language: lang, Send: fetch}
	info, err := reg.Info(context.Background())
	if err != nil {
		return nil, registrarError(err)
	}
	_, err = booth.CheckInfo(info, s.ctx, s.keyOnChain)
	if err == nil {
		err = booth.CheckElectionKey(info, s.elKey)
	}
	switch {
	case errors.Is(err, booth.ErrKeyMismatch):
		return nil, coded("key_mismatch", err)
	case errors.Is(err, booth.ErrRegistrarElectionKey):
		return nil, coded("registrar_election_key_mismatch", err)
	case err != nil:
		return nil, coded("wrong_election", err)
	}
	s.checked = reg
	return reg, nil
}

// chainElection is the election with the registrar key on chain.
func (s *session) chainElection() (*booth.Election, error) {
	if s.election == nil {
		return nil, coded("election", errors.New("booth: no election loaded"))
	}
	key, err := blind.ParsePublicKey(s.keyOnChain)
	if err != nil {
		return nil, coded("election", err)
	}
	return &booth.Election{Context: s.ctx, RegistrarKey: key}, nil
}

// signIn checks the voter's id and code with the registrar (once its
// answer about the election is checked) without asking for a token:
// "issued" tells whether one was already issued to this voter.
func (s *session) signIn(voterID, code, lang string) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.election == nil {
		return nil, coded("election", errors.New("booth: no election loaded"))
	}
	reg, err := s.checkRegistrar(lang)
	if err != nil {
		return nil, err
	}
	issued, err := reg.SignIn(context.Background(), voterID, code)
	if err != nil {
		return nil, registrarError(err)
	}
	if voterID != s.voter {
		s.voter, s.pending, s.ballot, s.opening = voterID, nil, nil, nil
	}
	return map[string]bool{"issued": issued}, nil
}

// resume takes back a cast the voter began on this device before the
// page was closed: the pending sign-in (begin's pseudonym key and
// blinding) and the ballot encrypted for it, so that token sends the
// same blinded message again and signs that ballot.
func (s *session) resume(saved, ballotB64 string) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.chainElection()
	if err != nil {
		return nil, err
	}
	p, err := e.ResumePending([]byte(saved))
	if err != nil || p.VoterID != s.voter {
		return nil, coded("saved", fmt.Errorf("booth: the saved sign-in is not this voter's: %w", err))
	}
	b, err := base64.StdEncoding.DecodeString(ballotB64)
	if err == nil {
		_, err = ballot.Parse(s.election, b)
	}
	if err != nil {
		return nil, coded("saved", err)
	}
	s.pending, s.ballot, s.opening = p, b, nil
	return map[string]string{"tracker": booth.Tracker(b)}, nil
}

// token asks the registrar for the token of the pending sign-in (the
// same blinded message however often it is sent), unblinds and checks
// it, and signs the prepared ballot with the pseudonym key: the cast as
// the relay's request fields. The key is forgotten: the cast is all
// that is left to keep.
func (s *session) token(code, lang string) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.pending == nil || s.ballot == nil {
		return nil, coded("no_ballot", errors.New("booth: no ballot to cast"))
	}
	reg, err := s.checkRegistrar(lang)
	if err != nil {
		return nil, err
	}
	cred, err := s.pending.Finish(context.Background(), &booth.Retry{Signer: reg}, code)
	if err != nil {
		return nil, registrarError(err)
	}
	c, err := cred.Sign(s.ctx, s.ballot)
	if err != nil {
		return nil, coded("internal", err)
	}
	s.pending, s.ballot, s.opening = nil, nil, nil
	return castJSON{fmt.Sprintf("0x%x", c.Pseudonym), c.Token, c.Ballot, c.Signature, booth.Tracker(c.Ballot)}, nil
}

// registrarError codes a registrar's refusal by its own code, with its
// sentence for the voter.
func registrarError(err error) error {
	var re *booth.RegistrarError
	switch {
	case errors.As(err, &re):
		ce := &codedError{re.ErrorResponse.Error, errors.New(re.Message), -1}
		if re.AttemptsLeft != nil {
			ce.left = *re.AttemptsLeft
		}
		return ce
	case errors.Is(err, booth.ErrUnreachable):
		return coded("registrar_unreachable", err)
	}
	return coded("registrar", err)
}

// castJSON is a signed cast: the relay's request fields and the tracker.
type castJSON struct {
	Pseudonym string `json:"pseudonym"`
	Token     []byte `json:"token"`
	Ballot    []byte `json:"ballot"`
	Signature []byte `json:"signature"`
	Tracker   string `json:"tracker"`
}

// preparedJSON is an encrypted ballot before its token: the tracker to
// show, and what to keep on the device when the voter casts.
type preparedJSON struct {
	Tracker string `json:"tracker"`
	Ballot  []byte `json:"ballot"`
	Pending string `json:"pending"` // the pending sign-in, secret
}

// prepare encrypts and proves the answers (JSON, per question per
// option: true or false for a choice, a rank or grade as a number, 0 for
// none) for the voter's pseudonym, made now with its blinding
// (booth.Begin) if this is the first ballot, replacing any ballot
// prepared before.
func (s *session) prepare(choicesJSON string) (any, error) {
	var answers [][]answer
	if err := json.Unmarshal([]byte(choicesJSON), &answers); err != nil {
		return nil, coded("choices", err)
	}
	values := make([][]uint8, len(answers))
	for qi, a := range answers {
		for _, v := range a {
			values[qi] = append(values[qi], uint8(v))
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.voter == "" {
		return nil, coded("not_registered", errors.New("booth: not signed in"))
	}
	if s.pending == nil {
		e, err := s.chainElection()
		if err != nil {
			return nil, err
		}
		if s.pending, err = e.Begin(s.voter, rand.Reader); err != nil {
			return nil, coded("internal", err)
		}
	}
	b, o, err := s.pending.Encrypt(s.election, values, rand.Reader)
	if err != nil {
		return nil, coded("choices", err)
	}
	s.ballot, s.opening = b, o
	return preparedJSON{booth.Tracker(b), b, string(s.pending.Save())}, nil
}

// auditJSON is the result of a Benaloh challenge.
type auditJSON struct {
	Valid   bool    `json:"valid"`
	Problem string  `json:"problem,omitempty"`
	Choices [][]any `json:"choices"` // as the opening states them (shown)
	Opened  string  `json:"opened"`  // api.Opened as JSON, for the check on another device (/check)
	Tracker string  `json:"tracker"` // of the discarded ballot
}

// audit reveals and checks the prepared ballot's opening with ballot.Audit
// and discards the ballot: a revealed ballot is never cast.
func (s *session) audit() (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.opening == nil {
		return nil, coded("no_ballot", errors.New("booth: no ballot to audit"))
	}
	c, o := s.ballot, s.opening
	s.ballot, s.opening = nil, nil
	opened, err := json.Marshal(api.NewOpened(s.ctx, s.pending.Pseudonym(), c, o.Bytes()))
	if err != nil {
		return nil, err
	}
	out := auditJSON{Choices: shown(s.election, o.Values), Opened: string(opened), Tracker: booth.Tracker(c)}
	b, err := ballot.Parse(s.election, c)
	if err == nil {
		err = ballot.Audit(s.election, b, o)
	}
	if err != nil {
		out.Problem = err.Error()
	}
	out.Valid = err == nil
	return out, nil
}

// answer is one option's value as the page sends it: true or false for a
// choice, a number (rank, grade, 0 for none) for a ranked or graded
// question.
type answer uint8

func (a *answer) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case "true":
		*a = 1
		return nil
	case "false":
		*a = 0
		return nil
	}
	var v uint8
	err := json.Unmarshal(b, &v)
	*a = answer(v)
	return err
}

// shown are the values of an opening as the page sent them: booleans for
// a choice question, numbers for the others.
func shown(e *ballot.Election, values [][]uint8) [][]any {
	out := make([][]any, len(values))
	for qi, vs := range values {
		for _, v := range vs {
			if e.Questions[qi].Kind == ballot.Choice {
				out[qi] = append(out[qi], v == 1)
			} else {
				out[qi] = append(out[qi], v)
			}
		}
	}
	return out
}
