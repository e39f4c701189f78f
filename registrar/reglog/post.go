package reglog

// Post is a commitment of the registrar as the chain holds it: the
// committed roll (the root of every voter's entry and their number), or
// one interval of issuances (the root of the entries of the tokens issued
// since the previous post, and the count of tokens after it).
type Post struct {
	Count uint64
	Root  [32]byte
	Block uint64 // the block that holds the post
	Final bool   // the registrar's final count, posted after the close
}
