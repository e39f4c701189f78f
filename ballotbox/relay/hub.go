package relay

import "sync"

// sink is one WebSocket connection's stream of updates. A connection
// too slow to take its updates is closed (kill), and the booth reconnects
// and asks again.
type sink struct {
	ch      chan reply
	kill    func()
	watched map[Tracker]string // the id of the request that asked; guarded by hub.mu
}

func newSink(kill func()) *sink {
	return &sink{ch: make(chan reply, 32), kill: kill, watched: map[Tracker]string{}}
}

// hub routes status changes to the connections watching a tracker code.
type hub struct {
	mu     sync.Mutex
	subs   map[Tracker]map[*sink]bool
	sinks  map[*sink]bool
	closed bool
}

// add registers a connection; false once the relay is closed.
func (h *hub) add(s *sink) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return false
	}
	if h.sinks == nil {
		h.sinks, h.subs = map[*sink]bool{}, map[Tracker]map[*sink]bool{}
	}
	h.sinks[s] = true
	return true
}

// remove unregisters a connection and its watches.
func (h *hub) remove(s *sink) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for t := range s.watched {
		h.unwatchLocked(t, s)
	}
	delete(h.sinks, s)
}

// watch sends s the final status of t, answering the request id; false
// if s watches too many.
func (h *hub) watch(t Tracker, s *sink, id string, limit int) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if _, ok := s.watched[t]; ok {
		s.watched[t] = id
		return true
	}
	if len(s.watched) >= limit || h.subs == nil {
		return false
	}
	if h.subs[t] == nil {
		h.subs[t] = map[*sink]bool{}
	}
	h.subs[t][s], s.watched[t] = true, id
	return true
}

func (h *hub) unwatchLocked(t Tracker, s *sink) {
	delete(s.watched, t)
	delete(h.subs[t], s)
	if len(h.subs[t]) == 0 {
		delete(h.subs, t)
	}
}

// publish hands a final status to its watchers, who stop watching it.
func (h *hub) publish(st Status) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.subs[st.Tracker] {
		id := s.watched[st.Tracker]
		h.unwatchLocked(st.Tracker, s)
		select {
		case s.ch <- reply{id: id, st: st}:
		default:
			s.kill()
		}
	}
}

// closeAll closes every connection, and refuses new ones.
func (h *hub) closeAll() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for s := range h.sinks {
		s.kill()
	}
}
