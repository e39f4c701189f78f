package booth

import (
	"context"
	"errors"
	"time"
)

// Retry is a Signer that sends the same blinded message again when the
// registrar cannot be reached or answers 503, as docs/registrar-api.md
// asks: issuance is idempotent per blinded message, so a retry after a
// lost answer gets the same signature, while a fresh blinding would be
// refused as already_issued.
type Retry struct {
	Signer   Signer
	Attempts int           // in all; default 5
	Wait     time.Duration // before the first retry, doubled after each; default 1 s
}

// BlindSign asks Signer until it answers, refuses for good, or the
// attempts are used up.
func (r *Retry) BlindSign(ctx context.Context, voterID, code string, blinded []byte) ([]byte, error) {
	attempts, wait := r.Attempts, r.Wait
	if attempts <= 0 {
		attempts = 5
	}
	if wait <= 0 {
		wait = time.Second
	}
	for i := 1; ; i++ {
		sig, err := r.Signer.BlindSign(ctx, voterID, code, blinded)
		if err == nil || i == attempts || !transient(err) {
			return sig, err
		}
		select {
		case <-ctx.Done():
			return nil, errors.Join(err, ctx.Err())
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// transient reports whether err may go away on a retry: no answer, or a
// 503 (unavailable, busy).
func transient(err error) bool {
	var re *RegistrarError
	if errors.As(err, &re) {
		return re.Status == statusServiceUnavailable
	}
	return errors.Is(err, ErrUnreachable)
}
