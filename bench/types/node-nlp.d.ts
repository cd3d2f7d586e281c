// The part of node-nlp's API the peer benchmark uses (the package ships no types).
declare module 'node-nlp' {
  export interface NlpResult {
    locale: string;
    intent: string;
    score: number;
  }
  export class NlpManager {
    constructor(settings: Record<string, unknown>);
    addDocument(locale: string, utterance: string, intent: string): void;
    train(): Promise<void>;
    process(utterance: string): Promise<NlpResult>;
  }
}
