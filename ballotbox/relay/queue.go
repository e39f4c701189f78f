package relay

import "sync"

// queue holds the entries due for sending, in order; ready is signalled
// when entries are added.
type queue struct {
	mu    sync.Mutex
	items []*entry
	ready chan struct{}
}

func (q *queue) init() { q.ready = make(chan struct{}, 1) }

func (q *queue) push(es ...*entry) {
	q.mu.Lock()
	q.items = append(q.items, es...)
	q.mu.Unlock()
	q.signal()
}

// pushFront puts back entries that could not be sent, ahead of the rest.
func (q *queue) pushFront(es []*entry) {
	q.mu.Lock()
	q.items = append(append([]*entry{}, es...), q.items...)
	q.mu.Unlock()
}

func (q *queue) takeAll() []*entry {
	q.mu.Lock()
	defer q.mu.Unlock()
	es := q.items
	q.items = nil
	return es
}

func (q *queue) signal() {
	select {
	case q.ready <- struct{}{}:
	default:
	}
}
