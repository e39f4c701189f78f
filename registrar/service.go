package registrar

import (
	"bytes"
	"context"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"
	"time"

	"github.com/evote-org/evote/crypto/blind"
	"github.com/evote-org/evote/registrar/store"
)

// storeTimeout bounds Claim and Complete. They run detached from the
// request's cancellation, so that a client hanging up does not leave work
// half done.
const storeTimeout = 10 * time.Second

// Service is the registrar of one election. It is safe for concurrent
// use.
type Service struct {
	cfg Config
	pub *rsa.PublicKey // for range checks of blinded messages
	sem chan struct{}

	mu      sync.RWMutex // read-held by Issue, write-held to stop issuing
	stopped error        // nil while issuing; ErrClosed or ErrPollsClosed

	pubMu       sync.Mutex // serialises the posts
	final       bool       // the final count is on chain
	rollChecked bool       // the committed roll was compared with the store's (Run only)

	metrics *serviceMetrics

	electionKey atomic.Pointer[[]byte] // served in the info; nil until known

	logTrees logTrees // the registration log's posted sets, for its endpoints

	stage func(string) // test hook, after "claim", "sign" and "complete"
}

// New checks cfg, fills in its defaults and returns the Service.
func New(cfg Config) (*Service, error) {
	if err := cfg.setDefaults(); err != nil {
		return nil, err
	}
	k, err := x509.ParsePKIXPublicKey(cfg.Key.Public().Bytes())
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	s := &Service{
		cfg: cfg,
		pub: k.(*rsa.PublicKey),
		sem: make(chan struct{}, cfg.MaxConcurrent),
	}
	s.metrics = newMetrics(s)
	if cfg.ElectionKey != nil {
		s.electionKey.Store(&cfg.ElectionKey)
	}
	return s, nil
}

// ErrElectionKeyChanged is returned by SetElectionKey for another key
// than the one the registrar serves already.
var ErrElectionKeyChanged = errors.New("registrar: the election key cannot change")

// SetElectionKey starts serving the election key (32 bytes) in the
// election's info, for a registrar that started before the key ceremony
// finished. The key never changes once set.
func (s *Service) SetElectionKey(key []byte) error {
	if len(key) != 32 {
		return fmt.Errorf("%w: an election key of %d bytes, not 32", ErrConfig, len(key))
	}
	key = bytes.Clone(key)
	if !s.electionKey.CompareAndSwap(nil, &key) && !bytes.Equal(*s.electionKey.Load(), key) {
		return ErrElectionKeyChanged
	}
	return nil
}

// ElectionKey is the election key the registrar serves, or nil.
func (s *Service) ElectionKey() []byte {
	if k := s.electionKey.Load(); k != nil {
		return *k
	}
	return nil
}

// PublicKey is the election's registrar key, as published on chain.
func (s *Service) PublicKey() *blind.PublicKey { return s.cfg.Key.Public() }

// Request is one request for a token.
type Request struct {
	VoterID string
	Code    string // the secret: never logged
	Client  string // who is asking, for the per-client limit
	Blinded []byte // the blinded token message
}

// Issue authenticates the voter and returns the blind signature of
// req.Blinded: the same one for every retry with the same blinded
// message, ErrAlreadyIssued for another. See the package doc for the
// crash-safety argument.
func (s *Service) Issue(ctx context.Context, req Request) ([]byte, error) {
	start := time.Now()
	sig, err := s.issue(ctx, req)
	s.metrics.observe(err, time.Since(start))
	return sig, err
}

func (s *Service) issue(ctx context.Context, req Request) ([]byte, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.stopped != nil {
		return nil, s.stopped
	}
	if err := s.checkBlinded(req.Blinded); err != nil {
		return nil, err
	}
	if err := s.authenticate(ctx, req); err != nil {
		return nil, err
	}
	return s.sign(ctx, req.VoterID, req.Blinded)
}

// checkBlinded checks that b is a modulus-sized integer in [1, n).
func (s *Service) checkBlinded(b []byte) error {
	if len(b) != s.cfg.Key.Public().Size() {
		return fmt.Errorf("%w: %d bytes, want %d", ErrBlindedMessage, len(b), s.cfg.Key.Public().Size())
	}
	if m := new(big.Int).SetBytes(b); m.Sign() == 0 || m.Cmp(s.pub.N) >= 0 {
		return fmt.Errorf("%w: not in [1, n)", ErrBlindedMessage)
	}
	return nil
}

// acquire waits for a slot for CPU-heavy work (Argon2id, RSA). Store
// round trips are made outside slots, so that waiting for an fsync leaves
// the cores to other requests.
func (s *Service) acquire(ctx context.Context) (func(), error) {
	t := time.NewTimer(s.cfg.QueueTimeout)
	defer t.Stop()
	select {
	case s.sem <- struct{}{}:
		return func() { <-s.sem }, nil
	case <-t.C:
		return nil, ErrBusy
	case <-ctx.Done():
		return nil, fmt.Errorf("%w: %w", ErrBusy, ctx.Err())
	}
}

// sign claims the voter's record, signs and completes it.
func (s *Service) sign(ctx context.Context, voterID string, blinded []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), storeTimeout)
	defer cancel()
	h := sha256.Sum256(blinded)
	in, err := s.cfg.Store.Claim(ctx, voterID, h)
	if err != nil {
		return nil, s.storeError(err)
	}
	var sig []byte // our own signature, checked by BlindSign
	if !in.Done() {
		s.passed("claim")
		if sig, err = s.blindSign(ctx, blinded); err != nil {
			return nil, err
		}
		s.passed("sign")
		if in, err = s.cfg.Store.Complete(ctx, voterID, h, sig); err != nil {
			return nil, s.storeError(err)
		}
		s.passed("complete")
	}
	if !bytes.Equal(in.Signature, sig) && !s.signs(blinded, in.Signature) {
		return nil, errors.New("registrar: stored signature does not verify")
	}
	return in.Signature, nil
}

// passed calls the test hook, if any, at a stage of issuance.
func (s *Service) passed(stage string) {
	if s.stage != nil {
		s.stage(stage)
	}
}

// blindSign signs in a slot.
func (s *Service) blindSign(ctx context.Context, blinded []byte) ([]byte, error) {
	release, err := s.acquire(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	sig, err := s.cfg.Key.BlindSign(blinded)
	if err != nil {
		return nil, fmt.Errorf("registrar: signing: %w", err)
	}
	return sig, nil
}

// signs checks sig^e = m mod n, so that a corrupted record is never
// handed out.
func (s *Service) signs(m, sig []byte) bool {
	x := new(big.Int).SetBytes(sig)
	if len(sig) != len(m) || x.Cmp(s.pub.N) >= 0 {
		return false
	}
	x.Exp(x, big.NewInt(int64(s.pub.E)), s.pub.N)
	return x.Cmp(new(big.Int).SetBytes(m)) == 0
}

// storeError maps a store error to the registrar's.
func (s *Service) storeError(err error) error {
	if errors.Is(err, store.ErrConflict) {
		return ErrAlreadyIssued
	}
	s.metrics.storeErrors.Inc()
	s.cfg.Logger.Error("registrar: store unavailable", "err", err)
	return fmt.Errorf("%w: %w", ErrUnavailable, err)
}
