"""The earlier tool's interactive server, unchanged but for its import line, on tracegen's default model.

Run it with ``python examples/seed_server.py`` and open http://127.0.0.1:5000/ (the tracegen
live page); the earlier endpoints ``GET /fetch`` and ``POST /select`` still answer.
"""

import torch

from tracegen.live import FlaskGenerationApp


class InteractiveGenerationServer(FlaskGenerationApp):
    def __init__(self, name, tokenizer, model, initial_context, n_largest_tokens_to_return=10):
        self._tokenizer = tokenizer
        self._model = model
        super().__init__(name, n_largest_tokens_to_return)
        self._context = initial_context

    def initialize_dictionary(self):
        vocab_size = self._tokenizer.vocab_size
        self.word_dict = [""] * vocab_size
        for str_val, int_val in self._tokenizer.get_vocab().items():
            self.word_dict[int_val] = str_val

    def get_next_token_predictions(self):
        pred_context = self._tokenizer(self._context, return_tensors="pt")
        with torch.no_grad():
            preds = torch.softmax(self._model(**pred_context)["logits"], dim=-1)
        return self.create_continuations(preds[0, -1, :].numpy())

    def append_to_context(self, post_token: str):
        self._context += self._tokenizer.convert_tokens_to_string([post_token])


if __name__ == "__main__":
    from tracegen.backends.transformers import load_model

    loaded = load_model(device="cpu")  # SmolLM2-135M-Instruct; any transformers model works
    tokenizer, model = loaded.tokenizer, loaded.model
    InteractiveGenerationServer(__name__, tokenizer, model, "Once upon a time").run()
