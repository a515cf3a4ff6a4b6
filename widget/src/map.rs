//! A sorted vector map: far smaller in wasm than `BTreeMap`, and the maps here are small.

use alloc::string::String;
use alloc::vec::Vec;

#[derive(Clone, Debug, PartialEq)]
pub struct Map<V>(pub Vec<(String, V)>);

impl<V> Default for Map<V> {
    fn default() -> Self {
        Map(Vec::new())
    }
}

impl<V> Map<V> {
    pub fn new() -> Self {
        Map(Vec::new())
    }
    fn pos(&self, k: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(x, _)| x.as_str().cmp(k))
    }
    pub fn get(&self, k: &str) -> Option<&V> {
        self.pos(k).ok().and_then(|i| self.0.get(i)).map(|(_, v)| v)
    }
    pub fn get_mut(&mut self, k: &str) -> Option<&mut V> {
        match self.pos(k) {
            Ok(i) => self.0.get_mut(i).map(|(_, v)| v),
            Err(_) => None,
        }
    }
    pub fn insert(&mut self, k: String, v: V) {
        match self.pos(&k) {
            Ok(i) => {
                if let Some(slot) = self.0.get_mut(i) {
                    slot.1 = v;
                }
            }
            Err(i) => self.0.insert(i, (k, v)),
        }
    }
    /// The value at `k`, inserting `V::default()` first when absent.
    pub fn slot(&mut self, k: &str) -> &mut V
    where
        V: Default,
    {
        let i = match self.pos(k) {
            Ok(i) => i,
            Err(i) => {
                self.0.insert(i, (String::from(k), V::default()));
                i
            }
        };
        &mut self.0[i].1
    }
    pub fn iter(&self) -> impl Iterator<Item = (&String, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|(_, v)| v)
    }
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|(_, v)| v)
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

#[cfg(test)]
impl<V> core::ops::Index<&str> for Map<V> {
    type Output = V;
    fn index(&self, k: &str) -> &V {
        self.get(k).expect("key")
    }
}

impl<'a, V> IntoIterator for &'a Map<V> {
    type Item = (&'a String, &'a V);
    type IntoIter = core::iter::Map<core::slice::Iter<'a, (String, V)>, fn(&'a (String, V)) -> (&'a String, &'a V)>;
    fn into_iter(self) -> Self::IntoIter {
        fn pair<V>(p: &(String, V)) -> (&String, &V) {
            (&p.0, &p.1)
        }
        self.0.iter().map(pair as fn(&'a (String, V)) -> (&'a String, &'a V))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_insert_get() {
        let mut m = Map::new();
        for k in ["b", "a", "c", "a"] {
            m.insert(String::from(k), k.len());
        }
        *m.slot("d") += 5;
        *m.slot("a") += 1;
        let keys: Vec<_> = m.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["a", "b", "c", "d"]);
        assert_eq!(m.get("a"), Some(&2));
        assert_eq!(m.get("d"), Some(&5));
        assert_eq!(m.get("z"), None);
    }
}
