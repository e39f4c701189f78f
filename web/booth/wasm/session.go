//go:build js && wasm

package main

import (
	"context"
	"crypto/rand"
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

// session is one voter's visit: the election, then the credential, then
// at most one prepared ballot at a time.
type session struct {
	mu         sync.Mutex
	ctx        transcript.Context
	electionID string
	keyOnChain []byte
	elKey      []byte              // the election key, as the site sent it
	registrar  string              // the registrar's base URL, as the site names it
	checked    *booth.RegistrarAPI // the registrar, once its key is checked
	election   *ballot.Election
	pending    *booth.Pending
	cred       *booth.Credential
	cast       *booth.Cast
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

// begin starts voterID's sign-in, once the registrar's key is checked:
// it takes back the pending sign-in the page saved (begin's "pending")
// if it is valid and the same voter's, else makes a fresh one. The page
// keeps "pending" in sessionStorage before it calls register, so that a
// reload sends the same blinded message; "resumed" tells whether the
// saved one was taken back.
func (s *session) begin(voterID, saved, lang string) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.chainElection()
	if err != nil {
		return nil, err
	}
	if _, err := s.checkRegistrar(lang); err != nil {
		return nil, err
	}
	p, resumed := (*booth.Pending)(nil), false
	if saved != "" {
		if q, err := e.ResumePending([]byte(saved)); err == nil && q.VoterID == voterID {
			p, resumed = q, true
		}
	}
	if p == nil {
		if p, err = e.Begin(voterID, rand.Reader); err != nil {
			return nil, coded("internal", err)
		}
	}
	s.pending = p
	return map[string]any{"pending": string(p.Save()), "resumed": resumed}, nil
}

// register finishes the sign-in begun by begin for voterID: the same
// blinded message however often it is sent.
func (s *session) register(voterID, code, lang string) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.election == nil {
		return nil, coded("election", errors.New("booth: no election loaded"))
	}
	if s.pending == nil || s.pending.VoterID != voterID {
		return nil, coded("internal", errors.New("booth: no sign-in begun for this voter"))
	}
	reg, err := s.checkRegistrar(lang)
	if err != nil {
		return nil, err
	}
	cred, err := s.pending.Finish(context.Background(), &booth.Retry{Signer: reg}, code)
	if err != nil {
		return nil, registrarError(err)
	}
	s.cred, s.pending = cred, nil
	return map[string]string{"pseudonym": fmt.Sprintf("0x%x", cred.Key.Address()), "saved": string(cred.Save())}, nil
}

// restore takes back a credential the page saved (register's "saved")
// after a reload, once load has checked the election.
func (s *session) restore(data string) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, err := s.chainElection()
	if err != nil {
		return nil, err
	}
	cred, err := e.Restore([]byte(data))
	if err != nil {
		return nil, coded("saved", err)
	}
	s.cred = cred
	return map[string]string{"pseudonym": fmt.Sprintf("0x%x", cred.Key.Address())}, nil
}

// registrarError codes a registrar's refusal by its own code, with its
// sentence for the voter.
func registrarError(err error) error {
	var re *booth.RegistrarError
	switch {
	case errors.As(err, &re):
		return coded(re.ErrorResponse.Error, errors.New(re.Message))
	case errors.Is(err, booth.ErrUnreachable):
		return coded("registrar_unreachable", err)
	}
	return coded("registrar", err)
}

// castJSON is a prepared cast: the relay's request fields and the tracker.
type castJSON struct {
	Pseudonym string `json:"pseudonym"`
	Token     []byte `json:"token"`
	Ballot    []byte `json:"ballot"`
	Signature []byte `json:"signature"`
	Tracker   string `json:"tracker"`
}

// prepare encrypts, proves and signs choices ([][]bool as JSON), replacing
// any ballot prepared before.
func (s *session) prepare(choicesJSON string) (any, error) {
	var choices [][]bool
	if err := json.Unmarshal([]byte(choicesJSON), &choices); err != nil {
		return nil, coded("choices", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cred == nil {
		return nil, coded("not_registered", errors.New("booth: not registered"))
	}
	c, o, err := s.cred.Prepare(s.election, choices, rand.Reader)
	if err != nil {
		return nil, coded("choices", err)
	}
	s.cast, s.opening = c, o
	return castJSON{fmt.Sprintf("0x%x", c.Pseudonym), c.Token, c.Ballot, c.Signature, booth.Tracker(c.Ballot)}, nil
}

// auditJSON is the result of a Benaloh challenge.
type auditJSON struct {
	Valid   bool     `json:"valid"`
	Problem string   `json:"problem,omitempty"`
	Choices [][]bool `json:"choices"` // as the opening states them
	Opened  string   `json:"opened"`  // api.Opened as JSON, for the check on another device (/check)
	Tracker string   `json:"tracker"` // of the discarded ballot
}

// audit reveals and checks the prepared ballot's opening with ballot.Audit
// and discards the ballot: a revealed ballot is never cast.
func (s *session) audit() (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cast == nil {
		return nil, coded("no_ballot", errors.New("booth: no ballot to audit"))
	}
	c, o := s.cast, s.opening
	s.cast, s.opening = nil, nil
	opened, err := json.Marshal(api.NewOpened(s.ctx, c.Pseudonym, c.Ballot, o.Bytes()))
	if err != nil {
		return nil, err
	}
	out := auditJSON{Choices: o.Choices, Opened: string(opened), Tracker: booth.Tracker(c.Ballot)}
	b, err := ballot.Parse(s.election, c.Ballot)
	if err == nil {
		err = ballot.Audit(s.election, b, o)
	}
	if err != nil {
		out.Problem = err.Error()
	}
	out.Valid = err == nil
	return out, nil
}
