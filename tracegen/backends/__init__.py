"""What runs the model: one ``Backend`` interface (``base.py``) and its implementations.

- ``local/``: transformers in this process (engine, KV cache, model loading, GGUF conversion).
- ``openai/``: an OpenAI-compatible server (vLLM, llama.cpp, TGI).
"""
