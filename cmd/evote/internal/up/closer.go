package up

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"github.com/evote-org/evote/ballotbox"
	"github.com/evote-org/evote/registrar"
)

// registrarCloser closes the demo's registrar once: when the commission
// closes the polls (in the console), so that its final count of tokens
// is on chain before the tally, as stopping "evote registrar serve"
// does; or at shutdown if the polls are still open. After the result is
// published there is nothing left to post.
type registrarCloser struct {
	svc  *registrar.Service
	box  *ballotbox.Client
	once sync.Once
	err  error
}

func (r *registrarCloser) close(ctx context.Context, publish bool) error {
	r.once.Do(func() {
		if publish {
			r.err = r.svc.Close(ctx)
		}
	})
	return r.err
}

// watch waits for the polls to close, then closes the registrar.
func (r *registrarCloser) watch(ctx context.Context, log *slog.Logger) {
	for {
		s, err := r.box.State(ctx)
		if err == nil && s >= ballotbox.Closed {
			if err := r.close(ctx, s == ballotbox.Closed); err != nil {
				log.Warn("publishing the registrar's final count", "err", err)
			}
			return
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(trusteeEvery):
		}
	}
}
