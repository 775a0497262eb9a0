import type { Doc } from '../../core/doc.ts';
import type { Stage } from '../../core/pipeline.ts';
import { ChunkList, chunkSentence } from './chunks.ts';
import type { ActorLexicon } from './lexicon.ts';
import { recognizeSentence } from './recognize.ts';
import { ActorState } from './state.ts';

export { compileActorLexicon, lexiconFiles, type ActorLexicon } from './lexicon.ts';

/**
 * Actors: match the compiled lexicon over each body sentence's tokens (longest match), read titles,
 * appositions and role phrases, and resolve names, roles, groups and pronouns within the article.
 * Fills `doc.actors` and `doc.mentions` (sorted by start). Trailer text (credits, bios) is skipped.
 */
export function createActorsStage(lex: ActorLexicon): Stage {
  return {
    name: 'actors',
    needs: ['tokens', 'zones'],
    sets: ['actors', 'mentions'],
    run(doc: Doc) {
      const st = new ActorState(doc, lex);
      const keys = doc.lower.map((w, i) => lex.keyOf.get(doc.ids[i], w));
      const sentences = doc.sentences;
      const chunks = new ChunkList();
      for (let s = 0; s < sentences.length; s++) {
        const sent = sentences[s];
        if (sent.start >= doc.bodyEnd) break;
        let last = sent.last;
        while (last > sent.first && doc.ends[last - 1] > doc.bodyEnd) last--;
        chunkSentence(doc, lex, keys, sent.first, last, chunks);
        recognizeSentence(st, keys, s, chunks);
      }
      st.finish();
    },
  };
}
